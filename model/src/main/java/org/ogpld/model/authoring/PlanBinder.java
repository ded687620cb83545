package org.ogpld.model.authoring;

import static org.ogpld.model.authoring.AgentBinder.required;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ogpld.model.Code;
import org.ogpld.model.Commitment;
import org.ogpld.model.Id;
import org.ogpld.model.IrmAssessment;
import org.ogpld.model.Kind;
import org.ogpld.model.Milestone;
import org.ogpld.model.MissingFlag;
import org.ogpld.model.MissingValue;
import org.ogpld.model.NationalActionPlan;
import org.ogpld.model.Schemes;

/** Binds national action plans and commitments with their milestones and IRM assessment. */
final class PlanBinder {

    private static final Set<String> PLAN = Set.of("slug", "title", "identifier", "number", "submittedBy",
            "submitted", "start", "end", "description", "url");
    private static final Set<String> COMMITMENT = Set.of("slug", "identifier", "title", "number", "actionPlan",
            "shortTitle", "description", "theme", "start", "end", "leadInstitutions", "supportingInstitutions",
            "policyAreas", "relevantValues", "missingFlags", "milestones", "assessment", "url");
    private static final Set<String> MILESTONE = Set.of("title", "description", "start", "end");

    private PlanBinder() {
    }

    static Optional<NationalActionPlan> plan(Id id, Cursor c) {
        c.allowOnly(PLAN);
        var title = required(c, "title").flatMap(Values::text);
        var identifier = c.field("identifier").string();
        var number = Values.count(c.field("number"));
        var submittedBy = Values.ref(c.field("submittedBy"), Kind.ORGANISATION);
        var submitted = Values.date(c.field("submitted"));
        var start = Values.date(c.field("start"));
        var end = Values.date(c.field("end"));
        var description = Values.text(c.field("description"));
        var url = c.field("url").string();
        return title.flatMap(t -> Values.build(c, () -> NationalActionPlan.builder(id, t)
                .identifier(identifier.orElse(null)).number(number.orElse(null)).submittedBy(submittedBy.orElse(null))
                .submitted(submitted.orElse(null)).start(start.orElse(null)).end(end.orElse(null))
                .description(description.orElse(null)).url(url.orElse(null)).build()));
    }

    static Optional<Commitment> commitment(Id id, Cursor c) {
        c.allowOnly(COMMITMENT);
        var identifier = required(c, "identifier").flatMap(Cursor::string);
        var title = required(c, "title").flatMap(Values::text);
        var number = c.field("number").string();
        var plan = Values.ref(c.field("actionPlan"), Kind.ACTION_PLAN);
        var shortTitle = Values.text(c.field("shortTitle"));
        var description = Values.text(c.field("description"));
        var theme = Values.text(c.field("theme"));
        var start = Values.date(c.field("start"));
        var end = Values.date(c.field("end"));
        var lead = Values.refs(c.field("leadInstitutions"), Kind.ORGANISATION);
        var supporting = Values.refs(c.field("supportingInstitutions"), Kind.ORGANISATION);
        var areas = Values.codes(c.field("policyAreas"), Schemes.POLICY_AREA);
        var values = Values.codes(c.field("relevantValues"), Schemes.OGP_VALUE);
        var flags = missingFlags(c.field("missingFlags"));
        List<Cursor> milestoneCursors = c.field("milestones").elements();
        List<Milestone> milestones = new ArrayList<>();
        for (int i = 0; i < milestoneCursors.size(); i++) {
            milestone(i + 1, milestoneCursors.get(i)).ifPresent(milestones::add);
        }
        var assessment = assessment(c.field("assessment"));
        var url = c.field("url").string();
        if (identifier.isEmpty() || title.isEmpty()) {
            return Optional.empty();
        }
        return Values.build(c, () -> {
            Commitment.Builder b = Commitment.builder(id, identifier.get(), title.get()).number(number.orElse(null))
                    .actionPlan(plan.orElse(null)).shortTitle(shortTitle.orElse(null))
                    .description(description.orElse(null)).theme(theme.orElse(null)).start(start.orElse(null))
                    .end(end.orElse(null)).leadInstitutions(lead).supportingInstitutions(supporting)
                    .policyAreas(areas).relevantValues(values).assessment(assessment.orElse(null))
                    .url(url.orElse(null));
            flags.forEach(b::missingFlag);
            milestones.forEach(b::milestone);
            return b.build();
        });
    }

    /** {@code {policy-area/x: ND, ogp-value/y: NR}}; a bare code is a policy area. */
    private static List<MissingFlag> missingFlags(Cursor c) {
        List<MissingFlag> flags = new ArrayList<>();
        for (Map.Entry<String, Cursor> entry : c.members().entrySet()) {
            Cursor value = entry.getValue();
            String key = entry.getKey();
            String scheme = key.startsWith(Schemes.OGP_VALUE + "/") ? Schemes.OGP_VALUE : Schemes.POLICY_AREA;
            Optional<Code> concept = Values.code(value, key, scheme, false);
            Optional<MissingValue> reason = value.string().flatMap(text -> MissingValue.ofNotation(text)
                    .or(() -> Values.fail(value, "expected ND, NR or NA, found '" + text + "'")));
            if (concept.isPresent() && reason.isPresent()) {
                flags.add(new MissingFlag(concept.get(), reason.get()));
            }
        }
        return flags;
    }

    private static Optional<Milestone> milestone(int position, Cursor c) {
        c.allowOnly(MILESTONE);
        var title = required(c, "title").flatMap(Values::text);
        var description = Values.text(c.field("description"));
        var start = Values.date(c.field("start"));
        var end = Values.date(c.field("end"));
        return title.flatMap(t -> Values.build(c, () -> new Milestone(position, t, description, start, end)));
    }

    private static Optional<IrmAssessment> assessment(Cursor c) {
        if (!c.present()) {
            return Optional.empty();
        }
        c.allowOnly(Set.of("specificity", "verifiable", "potentialImpact", "midTermCompletion", "endOfTermCompletion",
                "starred", "endOfTermStarred", "potentialForResults", "earlyResults", "didItOpenGovernment",
                "didItOpenGovernmentAccessToInformation", "didItOpenGovernmentCivicParticipation",
                "didItOpenGovernmentPublicAccountability", "midTermReportYear", "endOfTermReportYear"));
        IrmAssessment.Builder a = IrmAssessment.builder()
                .specificity(irm(c, "specificity", Schemes.SPECIFICITY))
                .verifiable(Values.answer(c.field("verifiable")).orElse(null))
                .potentialImpact(irm(c, "potentialImpact", Schemes.POTENTIAL_IMPACT))
                .midTermCompletion(irm(c, "midTermCompletion", Schemes.COMPLETION))
                .endOfTermCompletion(irm(c, "endOfTermCompletion", Schemes.COMPLETION))
                .starred(Values.answer(c.field("starred")).orElse(null))
                .endOfTermStarred(Values.answer(c.field("endOfTermStarred")).orElse(null))
                .potentialForResults(irm(c, "potentialForResults", Schemes.POTENTIAL_FOR_RESULTS))
                .earlyResults(irm(c, "earlyResults", Schemes.EARLY_RESULTS))
                .didItOpenGovernment(irm(c, "didItOpenGovernment", Schemes.DID_IT_OPEN_GOVERNMENT))
                .didItOpenGovernmentAccessToInformation(irm(c, "didItOpenGovernmentAccessToInformation",
                        Schemes.DID_IT_OPEN_GOVERNMENT))
                .didItOpenGovernmentCivicParticipation(irm(c, "didItOpenGovernmentCivicParticipation",
                        Schemes.DID_IT_OPEN_GOVERNMENT))
                .didItOpenGovernmentPublicAccountability(irm(c, "didItOpenGovernmentPublicAccountability",
                        Schemes.DID_IT_OPEN_GOVERNMENT))
                .midTermReportYear(Values.date(c.field("midTermReportYear")).orElse(null))
                .endOfTermReportYear(Values.date(c.field("endOfTermReportYear")).orElse(null));
        return Values.build(c, a::build);
    }

    private static Code irm(Cursor c, String field, String scheme) {
        return Values.code(c.field(field), scheme, true).orElse(null);
    }
}
