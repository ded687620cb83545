package org.ogpld.model.imports.ogp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ogpld.model.Commitment;
import org.ogpld.model.Countries;
import org.ogpld.model.DateValue;
import org.ogpld.model.Document;
import org.ogpld.model.DocumentKind;
import org.ogpld.model.Id;
import org.ogpld.model.Identifier;
import org.ogpld.model.Kind;
import org.ogpld.model.NationalActionPlan;
import org.ogpld.model.Organisation;
import org.ogpld.model.OrganisationKind;
import org.ogpld.model.Provenance;
import org.ogpld.model.Publication;
import org.ogpld.model.Membership;
import org.ogpld.model.Minting;
import org.ogpld.model.Slugs;
import org.ogpld.model.Text;
import org.ogpld.model.imports.Problems;
import org.ogpld.model.imports.ogp.SheetRow.Member;
import org.ogpld.model.imports.ogp.SheetRow.Plan;

/**
 * Gathers the rows of one spreadsheet into one publication: one organisation per OGP member (by member code), one
 * plan per action plan identifier, one organisation per institution name (slug) and member, one commitment per
 * row, and each member's membership of the Open Government Partnership, dated from its first action plan. Ids come
 * from codes (the member code, the plan and commitment identifiers) and from institution names scoped by their
 * member, never from row order, so sorting the rows changes no id. A row that contradicts an earlier one about
 * its member or plan, or repeats a commitment identifier, is reported and left out.
 */
final class PublicationAssembler {

    private final String fileName;
    /** Where the sheet was read from, as problems name it. */
    private final String location;
    /** The partnership itself, of which every member is a member. */
    static final Id OGP = new Id(Kind.ORGANISATION, "open-government-partnership");

    private final Map<String, Member> members = new LinkedHashMap<>();
    private final Map<String, Id> memberIds = new LinkedHashMap<>();
    private final Map<String, Plan> plans = new LinkedHashMap<>();
    private final Map<String, String> planMembers = new LinkedHashMap<>();
    private final Institutions institutions = new Institutions();
    private final List<Commitment> commitments = new ArrayList<>();
    private final List<CommitmentExtras> extras = new ArrayList<>();
    /** The line and record each commitment came from, for problems found later to name. */
    private final java.util.Map<Id, String> origins = new java.util.HashMap<>();
    private final Set<String> identifiers = new HashSet<>();

    PublicationAssembler(String fileName, String location) {
        this.fileName = fileName;
        this.location = location;
    }

    /** Adds the row, or reports why it contradicts the rows before it and leaves it out. */
    void add(SheetRow row, Problems problems) {
        String record = "record " + row.number();
        Member known = members.get(row.member().code());
        if (known != null && !known.equals(row.member())) {
            problems.add(row.line(), record, Columns.MEMBER_CODE, row.member().code(),
                    "an earlier record gives this member as " + known + ", this one as " + row.member());
            return;
        }
        Plan plan = plans.get(row.plan().identifier());
        String planMember = planMembers.getOrDefault(row.plan().identifier(), row.member().code());
        if (plan != null && !plan.equals(row.plan()) || !planMember.equals(row.member().code())) {
            problems.add(row.line(), record, Columns.PLAN_ID, row.plan().identifier(), "an earlier record gives "
                    + "this plan as " + plan + " of member " + planMember + ", this one as " + row.plan()
                    + " of member " + row.member().code());
            return;
        }
        if (!identifiers.add(row.commitment().identifier())) {
            problems.add(row.line(), record, Columns.IDENTIFIER, row.commitment().identifier(),
                    "another record has the same commitment identifier");
            return;
        }
        Id member = memberIds.computeIfAbsent(row.member().code(), PublicationAssembler::memberId);
        members.putIfAbsent(row.member().code(), row.member());
        plans.putIfAbsent(row.plan().identifier(), row.plan());
        planMembers.putIfAbsent(row.plan().identifier(), row.member().code());
        commitment(row, member);
    }

    private void commitment(SheetRow row, Id member) {
        SheetRow.Commitment c = row.commitment();
        Id id = commitmentId(c.identifier());
        origins.put(id, location + ":" + row.line() + ": record " + row.number());
        Commitment.Builder builder = Commitment.builder(id, c.identifier(), Text.en(c.title()))
                .actionPlan(planId(row.plan().identifier()))
                .leadInstitutions(institutions.ids(member, row.member().code(), c.lead(), true))
                .supportingInstitutions(institutions.ids(member, row.member().code(), c.supporting(), false))
                .policyAreas(c.policyAreas())
                .relevantValues(c.relevantValues())
                .assessment(c.assessment());
        c.number().ifPresent(builder::number);
        c.shortTitle().map(Text::en).ifPresent(builder::shortTitle);
        c.fullText().map(Text::en).ifPresent(builder::description);
        c.theme().map(Text::en).ifPresent(builder::theme);
        c.start().ifPresent(builder::start);
        c.end().ifPresent(builder::end);
        c.missingFlags().forEach(builder::missingFlag);
        c.url().ifPresent(builder::url);
        commitments.add(builder.build());
        extras.add(new CommitmentExtras(id, c.extras()));
    }

    /** The publication {@code slug} of every row added, and the supplement of what the records cannot hold. */
    OgpSupplement.Result build(String slug) {
        Id source = new Id(Kind.DOCUMENT, slug);
        Publication.Builder publication = Publication.builder(slug, new Provenance(source,
                Text.en("OGP commitments from " + fileName), Optional.empty(), Set.of(),
                Optional.of(Text.en("Imported from the OGP commitments spreadsheet format by OGP-LD."))));
        publication.document(Document.builder(source, DocumentKind.DATASET,
                Text.en("OGP commitments spreadsheet " + fileName)).language(Text.EN).build());
        List<MemberExtras> memberExtras = new ArrayList<>();
        if (!members.isEmpty()) {
            publication.organisation(Organisation.builder(OGP, OrganisationKind.FORMAL_ORGANISATION,
                    Text.en("Open Government Partnership")).homepage("https://www.opengovpartnership.org/").build());
        }
        members.forEach((code, member) -> {
            Id id = memberIds.get(code);
            publication.organisation(Organisation.builder(id, OrganisationKind.OGP_MEMBER, Text.en(member.name()))
                    .identifiers(identifiers(code)).build());
            publication.membership(membership(id, member));
            memberExtras.add(new MemberExtras(id, member.region(), member.level(), firstPlan(code)));
        });
        plans.forEach((identifier, plan) -> publication.actionPlan(plan(identifier, plan)));
        institutions.organisations().forEach(publication::organisation);
        commitments.forEach(publication::commitment);
        return new OgpSupplement.Result(publication.build(), new OgpSupplement(memberExtras, extras), origins);
    }

    /** The member code, and for a national member its ISO 3166-1 codes. */
    private static Set<Identifier> identifiers(String code) {
        Set<Identifier> identifiers = new HashSet<>();
        identifiers.add(Identifier.of(Identifier.OGP_MEMBER, code));
        if (Countries.isAlpha3(code)) {
            identifiers.add(Identifier.of(Countries.ISO_ALPHA3, code));
            Countries.alpha2(code).ifPresent(a2 -> identifiers.add(Identifier.of(Countries.ISO_ALPHA2, a2)));
        }
        return identifiers;
    }

    /** The first year in which the sheet shows {@code code} submitting an action plan. */
    private java.time.Year firstPlan(String code) {
        return plans.entrySet().stream().filter(p -> planMembers.get(p.getKey()).equals(code))
                .map(p -> p.getValue().submitted()).min(java.util.Comparator.naturalOrder()).orElseThrow();
    }

    /** The member's membership of OGP; its start year is in the supplement (see {@link MemberExtras}). */
    private static Membership membership(Id member, Member row) {
        return new Membership(membershipId(member), member, OGP, Optional.empty(),
                Optional.of(Text.en(row.name() + " in the Open Government Partnership")), Optional.empty());
    }

    /** The id of the OGP member {@code code}: {@code organisation/ogp-member-aze}. */
    static Id memberId(String code) {
        return new Id(Kind.ORGANISATION, Minting.ogpMember(code));
    }

    static Id membershipId(Id member) {
        return new Id(Kind.MEMBERSHIP, Slugs.scoped(member.slug(), "ogp"));
    }

    private NationalActionPlan plan(String identifier, Plan plan) {
        String code = planMembers.get(identifier);
        Member member = members.get(code);
        Id submittedBy = memberIds.get(code);
        String title = member.name() + " Action Plan " + plan.submitted() + "–" + plan.end();
        return NationalActionPlan.builder(planId(identifier), Text.en(title))
                .identifier(identifier)
                .number(plan.number())
                .submittedBy(submittedBy)
                .submitted(DateValue.of(plan.submitted()))
                .end(DateValue.of(plan.end()))
                .build();
    }

    static Id commitmentId(String identifier) {
        return new Id(Kind.COMMITMENT, Slugs.of(identifier));
    }

    private static Id planId(String identifier) {
        return new Id(Kind.ACTION_PLAN, Slugs.of(identifier));
    }
}
