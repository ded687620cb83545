package org.ogpld.model.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.ogpld.model.Iris;
import org.ogpld.model.Kind;
import org.ogpld.model.NationalActionPlan;
import org.ogpld.vocab.OGP;
import org.ogpld.vocab.PPLAN;
import org.ogpld.vocab.SCHEMA;

/** {@link NationalActionPlan} ⇄ {@code ogp:NationalActionPlan} ({@code p-plan:Plan}). */
public final class ActionPlanMapping {

    private final Iris iris;

    public ActionPlanMapping(Iris iris) {
        this.iris = iris;
    }

    public void write(NationalActionPlan p, Model model) {
        RdfOut out = new RdfOut(model, iris);
        Resource s = out.resource(p.id());
        out.types(s, OGP.NationalActionPlan, PPLAN.Plan);
        out.text(s, DCTerms.title, p.title());
        out.plain(s, DCTerms.identifier, p.identifier());
        out.integer(s, SCHEMA.position, p.number(), XSDDatatype.XSDinteger);
        out.ref(s, OGP.submittedBy, p.submittedBy());
        out.date(s, DCTerms.dateSubmitted, p.submitted());
        out.date(s, SCHEMA.startDate, p.start());
        out.date(s, SCHEMA.endDate, p.end());
        out.text(s, DCTerms.description, p.description());
        out.iri(s, SCHEMA.url, p.url());
    }

    public NationalActionPlan read(Resource s) {
        RdfIn in = new RdfIn(iris);
        NationalActionPlan.Builder p = NationalActionPlan.builder(in.id(s, Kind.ACTION_PLAN), in.text(s, DCTerms.title))
                .identifier(in.string(s, DCTerms.identifier).orElse(null))
                .number(in.integer(s, SCHEMA.position).orElse(null))
                .submittedBy(in.optionalRef(s, OGP.submittedBy, Kind.ORGANISATION).orElse(null))
                .submitted(in.date(s, DCTerms.dateSubmitted).orElse(null))
                .start(in.date(s, SCHEMA.startDate).orElse(null))
                .end(in.date(s, SCHEMA.endDate).orElse(null))
                .description(in.optionalText(s, DCTerms.description).orElse(null))
                .url(in.iri(s, SCHEMA.url).orElse(null));
        return RdfIn.construct(s, p::build);
    }
}
