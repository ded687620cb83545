package org.ogpld.model.authoring;

import static org.ogpld.model.authoring.AgentBinder.required;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import org.ogpld.model.Id;
import org.ogpld.model.Kind;
import org.ogpld.model.Slugs;
import org.ogpld.model.MonitoringStudy;
import org.ogpld.model.Observation;
import org.ogpld.model.Recommendation;
import org.ogpld.model.Schemes;

/** Binds monitoring studies and their observations; observation ids come from study, criterion and unit. */
final class StudyBinder {

    private static final Set<String> STUDY = Set.of("slug", "title", "description", "conductedBy", "funders",
            "issued", "observations", "centresObserved", "stateBodiesCovered", "objectives", "recommendations");
    private static final Set<String> RECOMMENDATION = Set.of("text", "criteria", "principal");
    private static final Set<String> OBSERVATION = Set.of("slug", "unit", "criterion", "level", "score");

    private StudyBinder() {
    }

    static Optional<MonitoringStudy> study(Id id, Cursor c) {
        c.allowOnly(STUDY);
        var title = required(c, "title").flatMap(Values::text);
        var description = Values.text(c.field("description"));
        Cursor conductors = c.field("conductedBy");
        conductors.require();
        var conductedBy = Values.refs(conductors, Kind.ORGANISATION);
        var funders = Values.refs(c.field("funders"), Kind.ORGANISATION);
        var issued = Values.date(c.field("issued"));
        var observations = c.field("observations").each(o -> observation(id, o));
        var centres = Values.count(c.field("centresObserved"));
        var bodies = Values.count(c.field("stateBodiesCovered"));
        var objectives = c.field("objectives").each(Values::text);
        var recommendations = c.field("recommendations").each(StudyBinder::recommendation);
        return title.flatMap(t -> Values.build(c, () -> new MonitoringStudy(id, t, description, Set.copyOf(conductedBy),
                Set.copyOf(funders), issued, observations, centres, bodies, objectives, recommendations)));
    }

    private static Optional<Recommendation> recommendation(Cursor c) {
        c.allowOnly(RECOMMENDATION);
        var text = required(c, "text").flatMap(Values::text);
        var criteria = Values.codes(c.field("criteria"), Schemes.SERVICE_QUALITY_CRITERION);
        var principal = Values.bool(c.field("principal"));
        return text.flatMap(t -> Values.build(c, () -> new Recommendation(t, Set.copyOf(criteria),
                principal.orElse(false))));
    }

    private static Optional<Observation> observation(Id study, Cursor c) {
        c.allowOnly(OBSERVATION);
        var unit = Values.ref(c.field("unit"), Kind.ORGANISATION);
        var criterion = required(c, "criterion")
                .flatMap(k -> Values.code(k, Schemes.SERVICE_QUALITY_CRITERION, false));
        var level = required(c, "level").flatMap(l -> Values.code(l, Schemes.SERVICE_QUALITY_LEVEL, false));
        var score = score(c.field("score"));
        if (criterion.isEmpty() || level.isEmpty()) {
            return Optional.empty();
        }
        Optional<Id> id = id(study, c, criterion.get().code(), unit);
        return id.flatMap(i -> Values.build(c, () -> new Observation(i, unit, criterion.get(), level.get(),
                score)));
    }

    /** Minted from criterion, unit and study; a finding about the whole sample has no unit in its name. */
    private static Optional<Id> id(Id study, Cursor c, String criterion, Optional<Id> unit) {
        Cursor slug = c.field("slug");
        if (!slug.present()) {
            Id id = Id.of(Kind.OBSERVATION, Slugs.scoped(criterion, unit.map(Id::slug).orElse(""), study.slug()));
            return c.binding().minter().reserve(id) ? Optional.of(id) : Values.fail(c, "the study already has an "
                    + "observation " + unit.map(u -> "of " + u + " ").orElse("") + "on " + criterion
                    + "; give one of them a slug");
        }
        return slug.string().flatMap(text -> Id.isSlug(text) && c.binding().minter().reserve(Id.of(Kind.OBSERVATION, text))
                ? Optional.of(Id.of(Kind.OBSERVATION, text))
                : Values.fail(slug, "slug '" + text + "' is not a slug or is already used by another observation"));
    }

    private static Optional<BigDecimal> score(Cursor c) {
        if (!c.present()) {
            return Optional.empty();
        }
        if (!c.node().isNumber()) {
            return Values.fail(c, "expected a number, found " + c.shape());
        }
        return Optional.of(c.node().decimalValue());
    }
}
