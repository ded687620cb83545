package org.ogpld.model.rdf;

import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.ogpld.model.Code;
import org.ogpld.model.Commitment;
import org.ogpld.model.Iris;
import org.ogpld.model.Kind;
import org.ogpld.model.Milestone;
import org.ogpld.model.MissingFlag;
import org.ogpld.model.MissingValue;
import org.ogpld.model.Schemes;
import org.ogpld.vocab.OGP;
import org.ogpld.vocab.PPLAN;
import org.ogpld.vocab.SCHEMA;

/**
 * {@link Commitment} ⇄ {@code ogp:Commitment} ({@code p-plan:Step}), with its milestones
 * ({@code {commitment}#milestone-{position}}), its IRM assessment, and policy areas or OGP values the source marks
 * as missing: an unasserted {@code rdf:Statement} of the classification with the missing-value code as
 * {@code prov:value}.
 */
public final class CommitmentMapping {

    private final Iris iris;

    public CommitmentMapping(Iris iris) {
        this.iris = iris;
    }

    public void write(Commitment c, Model model) {
        RdfOut out = new RdfOut(model, iris);
        Resource s = out.resource(c.id());
        out.types(s, OGP.Commitment, PPLAN.Step);
        out.plain(s, DCTerms.identifier, c.identifier());
        out.plain(s, SKOS.notation, c.number());
        out.ref(s, OGP.actionPlan, c.actionPlan());
        out.text(s, DCTerms.title, c.title());
        out.text(s, SCHEMA.alternateName, c.shortTitle());
        out.text(s, DCTerms.description, c.description());
        out.text(s, Terms.keywords, c.theme());
        out.date(s, SCHEMA.startDate, c.start());
        out.date(s, SCHEMA.endDate, c.end());
        out.refs(s, OGP.leadInstitution, c.leadInstitutions());
        out.refs(s, OGP.supportingInstitution, c.supportingInstitutions());
        out.codes(s, OGP.policyArea, c.policyAreas());
        out.codes(s, OGP.relevantValue, c.relevantValues());
        c.missingFlags().forEach(f -> writeMissingFlag(f, s, out));
        c.milestones().forEach(m -> writeMilestone(m, s, out));
        c.assessment().ifPresent(a -> IrmAssessmentMapping.write(a, s, out));
        out.iri(s, SCHEMA.url, c.url());
    }

    private static Property classification(Code concept) {
        return concept.scheme().equals(Schemes.OGP_VALUE) ? OGP.relevantValue : OGP.policyArea;
    }

    private static void writeMissingFlag(MissingFlag flag, Resource commitment, RdfOut out) {
        Resource statement = out.part(commitment, "missing-" + flag.concept().scheme() + "-" + flag.concept().code());
        out.statement(statement, commitment, classification(flag.concept()),
                Optional.of(out.model().createResource(flag.concept().iri())));
        out.plain(statement, Terms.provValue, flag.reason().name());
    }

    private static void writeMilestone(Milestone m, Resource commitment, RdfOut out) {
        Resource s = out.part(commitment, "milestone-" + m.position());
        out.model().add(commitment, OGP.milestone, s);
        out.types(s, OGP.Milestone, PPLAN.Step);
        out.model().add(s, OGP.milestoneOf, commitment);
        out.integer(s, SCHEMA.position, m.position(), XSDDatatype.XSDinteger);
        out.text(s, DCTerms.title, m.title());
        out.text(s, DCTerms.description, m.description());
        out.date(s, SCHEMA.startDate, m.start());
        out.date(s, SCHEMA.endDate, m.end());
    }

    public Commitment read(Resource s) {
        RdfIn in = new RdfIn(iris);
        Commitment.Builder c = Commitment.builder(in.id(s, Kind.COMMITMENT),
                        in.string(s, DCTerms.identifier).orElseThrow(() -> RdfIn.fail(s, DCTerms.identifier, "missing")),
                        in.text(s, DCTerms.title))
                .number(in.string(s, SKOS.notation).orElse(null))
                .actionPlan(in.optionalRef(s, OGP.actionPlan, Kind.ACTION_PLAN).orElse(null))
                .shortTitle(in.optionalText(s, SCHEMA.alternateName).orElse(null))
                .description(in.optionalText(s, DCTerms.description).orElse(null))
                .theme(in.optionalText(s, Terms.keywords).orElse(null))
                .start(in.date(s, SCHEMA.startDate).orElse(null))
                .end(in.date(s, SCHEMA.endDate).orElse(null))
                .leadInstitutions(in.refs(s, OGP.leadInstitution, Kind.ORGANISATION))
                .supportingInstitutions(in.refs(s, OGP.supportingInstitution, Kind.ORGANISATION))
                .policyAreas(in.codes(s, OGP.policyArea))
                .relevantValues(in.codes(s, OGP.relevantValue))
                .url(in.iri(s, SCHEMA.url).orElse(null));
        readMissingFlags(s, in, c);
        for (RDFNode node : in.values(s, OGP.milestone)) {
            c.milestone(readMilestone(in.iriNode(s, OGP.milestone, node), in));
        }
        in.single(s, OGP.assessment).ifPresent(n -> c.assessment(
                IrmAssessmentMapping.read(in.iriNode(s, OGP.assessment, n), in)));
        return RdfIn.construct(s, c::build);
    }

    private static void readMissingFlags(Resource s, RdfIn in, Commitment.Builder c) {
        for (Property p : new Property[] {OGP.policyArea, OGP.relevantValue}) {
            for (Resource statement : RdfIn.statementsAbout(s, p)) {
                Code concept = in.codeOf(statement, RDF.object, statement.getRequiredProperty(RDF.object).getObject());
                String written = in.string(statement, Terms.provValue)
                        .orElseThrow(() -> RdfIn.fail(statement, Terms.provValue, "missing"));
                MissingValue reason = MissingValue.ofNotation(written)
                        .orElseThrow(() -> RdfIn.fail(statement, Terms.provValue, "'" + written + "' is not ND, NR or NA"));
                c.missingFlag(RdfIn.construct(statement, () -> new MissingFlag(concept, reason)));
            }
        }
    }

    private static Milestone readMilestone(Resource s, RdfIn in) {
        int position = in.integer(s, SCHEMA.position)
                .orElseThrow(() -> RdfIn.fail(s, SCHEMA.position, "a milestone needs its position"));
        return RdfIn.construct(s, () -> new Milestone(position, in.text(s, DCTerms.title),
                in.optionalText(s, DCTerms.description), in.date(s, SCHEMA.startDate), in.date(s, SCHEMA.endDate)));
    }
}
