package org.ogpld.model.rdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.ogpld.model.Iris;
import org.ogpld.model.Kind;
import org.ogpld.model.MonitoringStudy;
import org.ogpld.model.Observation;
import org.ogpld.model.Recommendation;
import org.ogpld.model.Text;
import org.ogpld.vocab.OGP;
import org.ogpld.vocab.PROV;
import org.ogpld.vocab.QB;
import org.ogpld.vocab.SCHEMA;

/**
 * {@link MonitoringStudy} ⇄ {@code ogp:MonitoringStudy} ({@code qb:DataSet}, {@code prov:Entity}) with the shared
 * structure {@code ogp:monitoringStudyStructure}; its findings are {@code qb:Observation}s with their own ids.
 */
public final class StudyMapping {

    private final Iris iris;

    public StudyMapping(Iris iris) {
        this.iris = iris;
    }

    public void write(MonitoringStudy study, Model model) {
        RdfOut out = new RdfOut(model, iris);
        Resource s = out.resource(study.id());
        out.types(s, OGP.MonitoringStudy, QB.DataSet, PROV.Entity);
        model.add(s, QB.structure, OGP.monitoringStudyStructure);
        out.text(s, DCTerms.title, study.title());
        out.text(s, DCTerms.description, study.description());
        out.refs(s, PROV.wasAttributedTo, study.conductedBy());
        out.refs(s, SCHEMA.funder, study.funders());
        out.date(s, DCTerms.issued, study.issued());
        out.integer(s, OGP.serviceCentresObserved, study.centresObserved(), XSDDatatype.XSDnonNegativeInteger);
        out.integer(s, OGP.stateBodiesCovered, study.bodiesCovered(), XSDDatatype.XSDnonNegativeInteger);
        for (int i = 0; i < study.objectives().size(); i++) {
            Resource objective = part(s, OGP.objective, OGP.Objective, "objective-", i + 1, out);
            out.text(objective, DCTerms.description, study.objectives().get(i));
        }
        for (int i = 0; i < study.recommendations().size(); i++) {
            Recommendation r = study.recommendations().get(i);
            Resource recommendation = part(s, OGP.recommendation, OGP.Recommendation, "recommendation-", i + 1, out);
            out.text(recommendation, DCTerms.description, r.text());
            out.codes(recommendation, DCTerms.subject, r.criteria());
            if (r.principal()) {
                out.model().addLiteral(recommendation, OGP.principal, true);
            }
        }
        study.observations().forEach(o -> writeObservation(o, s, out));
    }

    /** A numbered part of the study ({@code #objective-1}), linked from it and ordered by schema:position. */
    private static Resource part(Resource study, Property link, Resource type, String name, int position,
                                 RdfOut out) {
        Resource part = out.part(study, name + position);
        out.model().add(study, link, part);
        out.types(part, type);
        out.integer(part, SCHEMA.position, position, XSDDatatype.XSDinteger);
        return part;
    }

    private static void writeObservation(Observation o, Resource study, RdfOut out) {
        Resource s = out.resource(o.id());
        out.types(s, QB.Observation);
        out.model().add(s, QB.dataSet, study);
        out.ref(s, OGP.serviceCentre, o.unit());
        out.code(s, OGP.criterion, o.criterion());
        out.code(s, OGP.level, o.level());
        o.score().ifPresent(v -> out.model().add(s, RDF.value,
                out.model().createTypedLiteral(v.toPlainString(), XSDDatatype.XSDdecimal)));
    }

    public MonitoringStudy read(Resource s) {
        RdfIn in = new RdfIn(iris);
        List<Observation> observations = new ArrayList<>();
        s.getModel().listSubjectsWithProperty(QB.dataSet, s)
                .forEachRemaining(o -> observations.add(readObservation(o, in)));
        List<Text> objectives = ordered(s, OGP.objective, in).stream()
                .map(o -> in.text(o, DCTerms.description)).toList();
        List<Recommendation> recommendations = ordered(s, OGP.recommendation, in).stream()
                .map(r -> RdfIn.construct(r, () -> new Recommendation(in.text(r, DCTerms.description),
                        in.codes(r, DCTerms.subject), r.hasLiteral(OGP.principal, true)))).toList();
        return RdfIn.construct(s, () -> new MonitoringStudy(in.id(s, Kind.STUDY), in.text(s, DCTerms.title),
                in.optionalText(s, DCTerms.description), in.refs(s, PROV.wasAttributedTo, Kind.ORGANISATION),
                in.refs(s, SCHEMA.funder, Kind.ORGANISATION), in.date(s, DCTerms.issued), observations,
                in.integer(s, OGP.serviceCentresObserved), in.integer(s, OGP.stateBodiesCovered), objectives,
                recommendations));
    }

    private static List<Resource> ordered(Resource study, Property link, RdfIn in) {
        return in.values(study, link).stream().map(n -> in.iriNode(study, link, n))
                .sorted(Comparator.comparing(r -> in.integer(r, SCHEMA.position)
                        .orElseThrow(() -> RdfIn.fail(r, SCHEMA.position, "a numbered part needs its position"))))
                .toList();
    }

    private static Observation readObservation(Resource s, RdfIn in) {
        return RdfIn.construct(s, () -> new Observation(in.id(s, Kind.OBSERVATION),
                in.optionalRef(s, OGP.serviceCentre, Kind.ORGANISATION),
                in.code(s, OGP.criterion).orElseThrow(() -> RdfIn.fail(s, OGP.criterion, "missing")),
                in.code(s, OGP.level).orElseThrow(() -> RdfIn.fail(s, OGP.level, "missing")),
                in.decimal(s, RDF.value)));
    }
}
