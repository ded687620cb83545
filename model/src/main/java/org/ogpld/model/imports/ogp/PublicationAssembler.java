package org.ogpld.model.imports.ogp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ogpld.model.Commitment;
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
import org.ogpld.model.SlugMinter;
import org.ogpld.model.Slugs;
import org.ogpld.model.Text;
import org.ogpld.model.imports.Problems;
import org.ogpld.model.imports.ogp.SheetRow.Member;
import org.ogpld.model.imports.ogp.SheetRow.Plan;

/**
 * Gathers the rows of one spreadsheet into one publication: one organisation per OGP member (by member code), one
 * plan per action plan identifier, one organisation per institution name (slug) and member, one commitment per
 * row. Ids are minted in row order, so the same file gives the same ids on every run. A row that contradicts an
 * earlier one about its member or plan, or repeats a commitment identifier, is reported and left out.
 */
final class PublicationAssembler {

    private final String fileName;
    private final String slug;
    private final SlugMinter minter = new SlugMinter();
    private final Map<String, Member> members = new LinkedHashMap<>();
    private final Map<String, Id> memberIds = new LinkedHashMap<>();
    private final Map<String, Plan> plans = new LinkedHashMap<>();
    private final Map<String, String> planMembers = new LinkedHashMap<>();
    private final Institutions institutions = new Institutions(minter);
    private final List<Commitment> commitments = new ArrayList<>();
    private final List<CommitmentExtras> extras = new ArrayList<>();
    /** The line and record each commitment came from, for problems found later to name. */
    private final java.util.Map<Id, String> origins = new java.util.HashMap<>();
    private final Set<String> identifiers = new HashSet<>();

    PublicationAssembler(String fileName, String slug) {
        this.fileName = fileName;
        this.slug = slug;
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
        Id member = memberIds.computeIfAbsent(row.member().code(), code -> minter.mint(Kind.ORGANISATION,
                row.member().name()));
        members.putIfAbsent(row.member().code(), row.member());
        plans.putIfAbsent(row.plan().identifier(), row.plan());
        planMembers.putIfAbsent(row.plan().identifier(), row.member().code());
        commitment(row, member);
    }

    private void commitment(SheetRow row, Id member) {
        SheetRow.Commitment c = row.commitment();
        Id id = commitmentId(c.identifier());
        origins.put(id, fileName + ":" + row.line() + ": record " + row.number());
        Commitment.Builder builder = Commitment.builder(id, c.identifier(), Text.en(c.title()))
                .actionPlan(planId(row.plan().identifier()))
                .leadInstitutions(institutions.ids(member, row.member().name(), c.lead(), true))
                .supportingInstitutions(institutions.ids(member, row.member().name(), c.supporting(), false))
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

    /** The publication of every row added, and the supplement of what the records cannot hold. */
    OgpSupplement.Result build() {
        Id source = new Id(Kind.DOCUMENT, slug);
        Publication.Builder publication = Publication.builder(slug, new Provenance(source,
                Text.en("OGP commitments from " + fileName), Optional.empty(), Set.of(),
                Optional.of(Text.en("Imported from the OGP commitments spreadsheet format by OGP-LD."))));
        publication.document(Document.builder(source, DocumentKind.DATASET,
                Text.en("OGP commitments spreadsheet " + fileName)).language(Text.EN).build());
        List<MemberExtras> memberExtras = new ArrayList<>();
        members.forEach((code, member) -> {
            Id id = memberIds.get(code);
            publication.organisation(Organisation.builder(id, OrganisationKind.OGP_MEMBER, Text.en(member.name()))
                    .identifier(Identifier.of(Identifier.OGP_MEMBER, code)).build());
            memberExtras.add(new MemberExtras(id, member.region(), member.level()));
        });
        plans.forEach((identifier, plan) -> publication.actionPlan(plan(identifier, plan)));
        institutions.organisations().forEach(publication::organisation);
        commitments.forEach(publication::commitment);
        return new OgpSupplement.Result(publication.build(), new OgpSupplement(memberExtras, extras), origins);
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
