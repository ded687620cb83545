package org.ogpld.model.imports;

import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.RDF;
import org.ogpld.model.Answer;
import org.ogpld.model.Slugs;
import org.ogpld.vocab.PROV;

/**
 * Writes supplement statements the way the model's mapping writes its own: yes/no as {@code xsd:boolean}, and a
 * missing-value code ({@code ND}, {@code NR}, {@code NA}) as what the source wrote, on an {@code rdf:Statement}
 * about the triple ({@code {subject}#as-written-{property}}) with {@code prov:value}.
 */
public final class SupplementOut {

    /** {@code prov:value}: the text the source wrote. */
    public static final Property VALUE = ResourceFactory.createProperty(PROV.NS, "value");

    private final Model model;

    public SupplementOut(Model model) {
        this.model = model;
    }

    /** The model written to. */
    public Model model() {
        return model;
    }

    /** Yes or no as a boolean; a missing-value code as written. */
    public void answer(Resource subject, Property property, Answer answer) {
        answer.value().ifPresent(v -> model.add(subject, property, model.createTypedLiteral(v)));
        answer.missing().ifPresent(m -> asWritten(subject, property, Optional.empty(), m.name()));
    }

    /**
     * Records that the source wrote {@code text} for {@code subject property} (with {@code object} if the text
     * gave a value, without one if the text is no value, such as {@code ND}).
     */
    public Resource asWritten(Resource subject, Property property, Optional<RDFNode> object, String text) {
        String uri = subject.getURI();
        Resource statement = model.createResource(uri + (uri.indexOf('#') >= 0 ? "-" : "#") + "as-written-"
                + Slugs.of(property.getLocalName()));
        model.add(statement, RDF.type, RDF.Statement);
        model.add(statement, RDF.subject, subject);
        model.add(statement, RDF.predicate, property);
        object.ifPresent(o -> model.add(statement, RDF.object, o));
        model.add(statement, VALUE, text);
        return statement;
    }
}
