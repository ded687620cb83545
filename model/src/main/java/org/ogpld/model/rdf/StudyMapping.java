package org.ogpld.model.rdf;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.ogpld.model.Iris;
import org.ogpld.model.Kind;
import org.ogpld.model.MonitoringStudy;
import org.ogpld.model.Observation;
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
        out.refs(s, DCTerms.publisher, study.conductedBy());
        out.refs(s, SCHEMA.funder, study.funders());
        out.date(s, DCTerms.issued, study.issued());
        study.observations().forEach(o -> writeObservation(o, s, out));
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
        return RdfIn.construct(s, () -> new MonitoringStudy(in.id(s, Kind.STUDY), in.text(s, DCTerms.title),
                in.optionalText(s, DCTerms.description), in.refs(s, DCTerms.publisher, Kind.ORGANISATION),
                in.refs(s, SCHEMA.funder, Kind.ORGANISATION), in.date(s, DCTerms.issued), observations));
    }

    private static Observation readObservation(Resource s, RdfIn in) {
        return RdfIn.construct(s, () -> new Observation(in.id(s, Kind.OBSERVATION),
                in.ref(s, OGP.serviceCentre, Kind.ORGANISATION),
                in.code(s, OGP.criterion).orElseThrow(() -> RdfIn.fail(s, OGP.criterion, "missing")),
                in.code(s, OGP.level).orElseThrow(() -> RdfIn.fail(s, OGP.level, "missing")),
                in.decimal(s, RDF.value)));
    }
}
