package org.ogpld.model.imports.ogp;

import java.util.List;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.ogpld.model.Code;
import org.ogpld.model.Iris;
import org.ogpld.model.MissingValue;
import org.ogpld.model.Publication;
import org.ogpld.model.imports.Supplement;
import org.ogpld.model.imports.SupplementOut;
import org.ogpld.vocab.OGP;
import org.ogpld.vocab.SCHEMA;

/**
 * The spreadsheet's facts that the records have no field for: members' regions and levels
 * ({@code ogp:region}, {@code ogp:memberLevel}), the year their OGP membership shows from
 * ({@code schema:startDate}), and per commitment {@code ogp:carriedForward},
 * {@code ogp:clusteredWith}, and on its IRM assessment {@code ogp:cluster}, {@code ogp:compound},
 * {@code ogp:clusteredInReview}, {@code ogp:starredUnder2015Criteria} and {@code ogp:relevant}. Missing-value
 * codes are kept as written, as the model does for its own fields.
 */
final class OgpSupplement implements Supplement {

    /** A publication with its supplement. */
    record Result(Publication publication, OgpSupplement supplement,
                  java.util.Map<org.ogpld.model.Id, String> origins) {
    }

    private final List<MemberExtras> members;
    private final List<CommitmentExtras> commitments;

    OgpSupplement(List<MemberExtras> members, List<CommitmentExtras> commitments) {
        this.members = List.copyOf(members);
        this.commitments = List.copyOf(commitments);
    }

    /** Writes into {@code model}, which must already hold the mapped publication. */
    @Override
    public void write(Iris iris, Model model) {
        SupplementOut out = new SupplementOut(model);
        for (MemberExtras member : members) {
            Resource subject = model.createResource(iris.of(member.member()));
            code(out, subject, OGP.region, member.region());
            code(out, subject, OGP.memberLevel, member.level());
            model.add(model.createResource(iris.of(PublicationAssembler.membershipId(member.member()))),
                    SCHEMA.startDate, member.since().toString(), XSDDatatype.XSDgYear);
        }
        commitments.forEach(c -> write(c, iris, out));
    }

    private static void write(CommitmentExtras extras, Iris iris, SupplementOut out) {
        Model model = out.model();
        Resource commitment = model.createResource(iris.of(extras.commitment()));
        CommitmentExtras.Cells cells = extras.cells();
        out.answer(commitment, OGP.carriedForward, cells.carriedForward());
        // A clustered commitment may be in another sheet: its OGP identifier is what this row says of it, and
        // keeps the link from pointing at a resource described nowhere.
        cells.clusteredWith().forEach(other -> model.add(commitment, OGP.clusteredWith,
                model.createResource(iris.of(PublicationAssembler.commitmentId(other)))
                        .addProperty(DCTerms.identifier, other)));
        cells.clusteredWithCode().ifPresent(code -> out.asWritten(commitment, OGP.clusteredWith, Optional.empty(),
                code));
        Resource assessment = commitment.getPropertyResourceValue(OGP.assessment);
        if (assessment == null) {
            throw new IllegalStateException(commitment + " has no ogp:assessment: write the publication first");
        }
        cells.cluster().ifPresent(cluster -> {
            if (MissingValue.ofNotation(cluster).isPresent()) {
                out.asWritten(assessment, OGP.cluster, Optional.empty(), cluster);
            } else {
                model.add(assessment, OGP.cluster, cluster);
            }
        });
        out.answer(assessment, OGP.compound, cells.compound());
        out.answer(assessment, OGP.clusteredInReview, cells.clusteredInReview());
        out.answer(assessment, OGP.starredUnder2015Criteria, cells.starred2015());
        out.answer(assessment, OGP.relevant, cells.relevant());
        research(cells.research(), commitment, assessment, out);
        cells.leadStatements().forEach(text -> model.add(commitment, OGP.leadInstitutionStatement, text));
        cells.supportingStatements().forEach(text -> model.add(commitment, OGP.supportingInstitutionStatement, text));
    }

    private static void research(ResearchColumns.Cells cells, Resource commitment, Resource assessment,
                                 SupplementOut out) {
        Model model = out.model();
        cells.rowId().ifPresent(id -> model.add(commitment, OGP.ogpRowId, id));
        cells.updatedOnWebsite().ifPresent(updated -> out.answer(commitment, OGP.updatedOnWebsite, updated));
        cells.updatedOn().ifPresent(date -> model.add(commitment, OGP.websiteUpdateDate,
                model.createTypedLiteral(date.toString(), XSDDatatype.XSDdate)));
        cells.irmBasedScore().ifPresent(score -> model.add(assessment, OGP.irmBasedScore,
                model.createTypedLiteral(score.toString(), XSDDatatype.XSDinteger)));
        cells.bindingConstraint().ifPresent(c -> model.add(assessment, OGP.bindingConstraint, c));
        cells.highAmbition().ifPresent(a -> out.answer(assessment, OGP.highAmbition, a));
        cells.highCompletion().ifPresent(a -> out.answer(assessment, OGP.highCompletion, a));
        cells.highDiog().ifPresent(a -> out.answer(assessment, OGP.highDidItOpenGovernment, a));
        cells.mostRecentlyAssessed().ifPresent(a -> out.answer(assessment, OGP.mostRecentlyAssessed, a));
        cells.starMostRecentlyAssessed().ifPresent(a -> out.answer(assessment, OGP.starredMostRecentlyAssessed, a));
        cells.maxStar().ifPresent(a -> out.answer(assessment, OGP.maxStar, a));
    }

    private static void code(SupplementOut out, Resource subject, Property property, Code code) {
        out.model().add(subject, property, out.model().createResource(code.iri()));
    }
}
