package org.ogpld.bench.data;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ogpld.bench.data.CommitmentProfile.Plan;
import org.ogpld.bench.data.Organisations.MemberTemplate;
import org.ogpld.model.Code;
import org.ogpld.model.Commitment;
import org.ogpld.model.DateValue;
import org.ogpld.model.Document;
import org.ogpld.model.DocumentKind;
import org.ogpld.model.Id;
import org.ogpld.model.Kind;
import org.ogpld.model.Milestone;
import org.ogpld.model.MissingFlag;
import org.ogpld.model.MissingValue;
import org.ogpld.model.NationalActionPlan;
import org.ogpld.model.Organisation;
import org.ogpld.model.Provenance;
import org.ogpld.model.Publication;
import org.ogpld.model.Slugs;
import org.ogpld.model.Text;

/**
 * One publication per OGP member, as an extract of the commitments spreadsheet would give it: the member, its
 * institutions, its action plans and their commitments. Plans copy a real member's plans; commitment counts are
 * the real ones times the scale; policy areas, OGP values and IRM assessments are drawn with the spreadsheet's
 * frequencies ({@link CommitmentProfile}).
 */
final class MemberPublications {

    private static final int INSTITUTIONS = 10;

    private final long seed;
    private final CommitmentProfile profile;
    private final Organisations organisations;
    private final double commitmentFactor;

    MemberPublications(long seed, CommitmentProfile profile, Organisations organisations, double commitmentFactor) {
        this.seed = seed;
        this.profile = profile;
        this.organisations = organisations;
        this.commitmentFactor = commitmentFactor;
    }

    Publication publication(int m) {
        MemberTemplate member = MemberTemplate.of(m, profile.members());
        Draw draw = Draw.of(seed, "member", m);
        Document source = source(member);
        Publication.Builder p = Publication.builder(source.id().slug(),
                        new Provenance(source.id(), Text.en("OGP commitments of " + member.name().en().orElseThrow()),
                                java.util.Optional.of("https://creativecommons.org/licenses/by/4.0/"),
                                Set.of(member.id()), java.util.Optional.empty()))
                .document(source).organisation(organisations.member(member));
        List<Organisation> institutions = new ArrayList<>();
        for (int k = 0; k < INSTITUTIONS; k++) {
            institutions.add(organisations.institution(member, k + m));
        }
        institutions.forEach(p::organisation);
        int sequence = 1;
        for (Plan plan : member.real().plans()) {
            NationalActionPlan actionPlan = actionPlan(member, plan);
            p.actionPlan(actionPlan);
            int count = Math.max(1, draw.scaled(plan.commitments(), commitmentFactor));
            for (int i = 0; i < count; i++) {
                p.commitment(commitment(member, plan, actionPlan.id(), sequence++, institutions));
            }
        }
        return p.build();
    }

    private static Document source(MemberTemplate member) {
        return Document.builder(Id.of(Kind.DOCUMENT, "ogp-commitments-" + Slugs.of(member.code())), DocumentKind.DATASET,
                        Text.en("OGP commitments of " + member.name().en().orElseThrow()))
                .issued(DateValue.of(LocalDate.of(2024, 3, 7))).language("en").publisher(member.id())
                .url("https://www.opengovpartnership.org/members/" + member.id().slug() + "/").about(Set.of(member.id()))
                .build();
    }

    private static NationalActionPlan actionPlan(MemberTemplate member, Plan plan) {
        String years = plan.submitted() + "–" + plan.end();
        Text title = member.azerbaijani()
                ? Text.of(Text.AZ, member.name().az().orElseThrow() + " Fəaliyyət Planı " + years,
                        Text.EN, member.name().en().orElseThrow() + " Action Plan " + years)
                : Text.en(member.name().en().orElseThrow() + " Action Plan " + years);
        String identifier = member.azerbaijani() ? "AP_" + member.code() + "0" + plan.number() : plan.id();
        return NationalActionPlan.builder(Id.of(Kind.ACTION_PLAN, Slugs.of(identifier)), title).identifier(identifier)
                .number(plan.number()).submittedBy(member.id()).submitted(DateValue.of(Year.of(plan.submitted())))
                .start(DateValue.of(Year.of(plan.submitted()))).end(DateValue.of(Year.of(plan.end())))
                .url("https://www.opengovpartnership.org/documents/" + Slugs.of(identifier) + "/").build();
    }

    private Commitment commitment(MemberTemplate member, Plan plan, Id planId, int sequence,
                                  List<Organisation> institutions) {
        String identifier = member.code() + String.format("%04d", sequence);
        Draw draw = Draw.of(seed, "commitment-" + member.code(), sequence);
        String theme = draw.weighted(profile.themes());
        var topic = draw.pick(Names.TOPICS);
        Text title = member.azerbaijani()
                ? Text.of(Text.AZ, capitalised(topic.getKey()) + " sahəsində şəffaflığın artırılması",
                        Text.EN, "Improving transparency in " + topic.getValue())
                : Text.en(theme + ": " + topic.getValue());
        Commitment.Builder c = Commitment.builder(Id.of(Kind.COMMITMENT, Slugs.of(identifier)), identifier, title)
                .number(plan.number() + "." + sequence).actionPlan(planId).theme(Text.en(theme))
                .description(Text.en(paragraph(draw, draw.pick(profile.descriptionSizes()))))
                .start(date(draw, plan.submitted())).end(date(draw, plan.end()))
                .leadInstitutions(pickInstitutions(draw, institutions, Math.min(4, draw.weighted(profile.leadCounts()))))
                .supportingInstitutions(pickInstitutions(draw, institutions, draw.between(0, 3)))
                .url("https://www.opengovpartnership.org/members/" + member.id().slug() + "/commitments/"
                        + Slugs.of(identifier) + "/");
        if (draw.chance(0.5)) {
            c.shortTitle(Text.en(topic.getValue()));
        }
        classify(draw, c);
        int milestones = draw.between(0, 4);
        for (int i = 1; i <= milestones; i++) {
            c.milestone(new Milestone(i, Text.en("Milestone " + i + ": " + draw.pick(Names.SENTENCES)),
                    java.util.Optional.empty(), java.util.Optional.of(date(draw, plan.submitted())),
                    java.util.Optional.of(date(draw, plan.end()))));
        }
        c.assessment(IrmAssessments.of(draw.weighted(profile.assessments())));
        return c.build();
    }

    private void classify(Draw draw, Commitment.Builder c) {
        List<Code> areas = new ArrayList<>();
        for (var area : profile.policyAreas()) {
            if (draw.chance((double) area.count() / profile.commitments())) {
                String value = area.value();
                int colon = value.indexOf(':');
                if (colon < 0) {
                    areas.add(code(value));
                } else {
                    c.missingFlag(new MissingFlag(code(value.substring(colon + 1)),
                            MissingValue.valueOf(value.substring(0, colon))));
                }
            }
        }
        c.policyAreas(areas);
        var flags = draw.weighted(profile.values());
        c.relevantValues(flags.relevant().stream().map(MemberPublications::code).toList());
        flags.missing().forEach((value, reason) -> c.missingFlag(new MissingFlag(code(value), MissingValue.valueOf(reason))));
    }

    private static Code code(String schemeAndCode) {
        int slash = schemeAndCode.indexOf('/');
        return Code.of(schemeAndCode.substring(0, slash), schemeAndCode.substring(slash + 1));
    }

    /** A month in {@code year}; two in five written as the spreadsheet writes them ("9/1/2019"). */
    private static DateValue date(Draw draw, int year) {
        YearMonth month = YearMonth.of(year, draw.between(1, 12));
        return draw.chance(0.4) ? DateValue.of(month, month.getMonthValue() + "/1/" + year) : DateValue.of(month);
    }

    private static Set<Id> pickInstitutions(Draw draw, List<Organisation> institutions, int count) {
        Set<Id> picked = new LinkedHashSet<>();
        while (picked.size() < count) {
            picked.add(draw.pick(institutions).id());
        }
        return picked;
    }

    private static String paragraph(Draw draw, int length) {
        StringBuilder text = new StringBuilder(length + 120);
        while (text.length() < Math.max(40, length)) {
            text.append(text.length() == 0 ? "" : " ").append(draw.pick(Names.SENTENCES));
        }
        return text.toString();
    }

    private static String capitalised(String text) {
        return text.substring(0, 1).toUpperCase(java.util.Locale.forLanguageTag("az")) + text.substring(1);
    }
}
