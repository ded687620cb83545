package org.ogpld.model.rdf;

import java.util.Collection;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.ogpld.model.Answer;
import org.ogpld.model.Code;
import org.ogpld.model.DateValue;
import org.ogpld.model.GeoName;
import org.ogpld.model.Id;
import org.ogpld.model.Iris;
import org.ogpld.model.LangString;
import org.ogpld.model.Slugs;
import org.ogpld.model.Text;

/** Adds statements to one model, turning record values into RDF terms. */
final class RdfOut {

    private final Model model;
    private final Iris iris;

    RdfOut(Model model, Iris iris) {
        this.model = model;
        this.iris = iris;
    }

    Model model() {
        return model;
    }

    Resource resource(Id id) {
        return model.createResource(iris.of(id));
    }

    /** A resource that exists only within {@code owner}: {@code {owner}#{name}}, or {@code {owner}-{name}}. */
    Resource part(Resource owner, String name) {
        String uri = owner.getURI();
        return model.createResource(uri + (uri.indexOf('#') >= 0 ? "-" : "#") + name);
    }

    void types(Resource subject, Resource... types) {
        for (Resource type : types) {
            model.add(subject, RDF.type, type);
        }
    }

    void text(Resource subject, Property property, Text text) {
        text.values().forEach((language, value) -> model.add(subject, property, value, language));
    }

    void text(Resource subject, Property property, Optional<Text> text) {
        text.ifPresent(t -> text(subject, property, t));
    }

    void strings(Resource subject, Property property, Collection<LangString> strings) {
        strings.forEach(s -> model.add(subject, property, s.value(), s.language()));
    }

    void plain(Resource subject, Property property, String value) {
        model.add(subject, property, value);
    }

    void plain(Resource subject, Property property, Optional<String> value) {
        value.ifPresent(v -> plain(subject, property, v));
    }

    void ref(Resource subject, Property property, Id id) {
        model.add(subject, property, resource(id));
    }

    void ref(Resource subject, Property property, Optional<Id> id) {
        id.ifPresent(i -> ref(subject, property, i));
    }

    void refs(Resource subject, Property property, Collection<Id> ids) {
        ids.forEach(i -> ref(subject, property, i));
    }

    void code(Resource subject, Property property, Code code) {
        model.add(subject, property, model.createResource(code.iri()));
    }

    void code(Resource subject, Property property, Optional<Code> code) {
        code.ifPresent(c -> code(subject, property, c));
    }

    void codes(Resource subject, Property property, Collection<Code> codes) {
        codes.forEach(c -> code(subject, property, c));
    }

    void iri(Resource subject, Property property, Optional<String> iri) {
        iri.ifPresent(i -> model.add(subject, property, model.createResource(i)));
    }

    Resource geoName(Resource subject, Property property, GeoName place) {
        Resource resource = model.createResource(place.iri());
        model.add(subject, property, resource);
        return resource;
    }

    void integer(Resource subject, Property property, long value, XSDDatatype type) {
        model.add(subject, property, model.createTypedLiteral(Long.toString(value), type));
    }

    void integer(Resource subject, Property property, Optional<Integer> value, XSDDatatype type) {
        value.ifPresent(v -> integer(subject, property, v, type));
    }

    /** The date's value on {@code property}, and its text as written on a statement about that triple. */
    void date(Resource subject, Property property, DateValue date) {
        Optional<Literal> value = date.value().map(Literals::of);
        value.ifPresent(v -> model.add(subject, property, v));
        date.asWritten().ifPresent(text -> asWritten(subject, property, value.map(RDFNode.class::cast), text));
    }

    void date(Resource subject, Property property, Optional<DateValue> date) {
        date.ifPresent(d -> date(subject, property, d));
    }

    /** Yes or no as an xsd:boolean; a missing-value code as written, on a statement about the property. */
    void answer(Resource subject, Property property, Optional<Answer> answer) {
        answer.ifPresent(a -> {
            a.value().ifPresent(v -> model.add(subject, property, model.createTypedLiteral(v)));
            a.missing().ifPresent(m -> asWritten(subject, property, Optional.empty(), m.name()));
        });
    }

    /**
     * Records what the source wrote for {@code subject property object} as an {@code rdf:Statement} about that
     * triple with {@code prov:value}; without an object, the source wrote something that is no value.
     */
    Resource asWritten(Resource subject, Property property, Optional<RDFNode> object, String text) {
        Resource statement = part(subject, "as-written-" + Slugs.of(property.getLocalName()));
        statement(statement, subject, property, object);
        model.add(statement, Terms.provValue, text);
        return statement;
    }

    void statement(Resource statement, Resource subject, Property property, Optional<RDFNode> object) {
        model.add(statement, RDF.type, RDF.Statement);
        model.add(statement, RDF.subject, subject);
        model.add(statement, RDF.predicate, property);
        object.ifPresent(o -> model.add(statement, RDF.object, o));
    }
}
