package org.ogpld.model.imports.popolo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.ogpld.model.DateValue;
import org.ogpld.model.Iris;
import org.ogpld.model.imports.Supplement;

/**
 * The Popolo fields that OGP-LD's records have no place for, written with the terms of Popolo's own RDF
 * serialisation ({@link PopoloTerms}): contact details ({@code opengov:contactDetail} nodes
 * {@code {subject}#contact-{n}} typed with vCard), links ({@code rdfs:seeAlso}), sources ({@code dct:source}),
 * images, e-mail, biographies, membership posts, areas and parties ({@code opengov:onBehalfOf}), roles and
 * classifications as labelled nodes, and more.
 */
final class PopoloSupplement implements Supplement {

    /** A publication with its supplement. */
    record Result(org.ogpld.model.Publication publication, PopoloSupplement supplement,
                  Map<org.ogpld.model.Id, String> origins) {
    }

    private static final Map<String, String> VCARD_TYPES = Map.of("voice", "Voice", "fax", "Fax", "cell", "Cell",
            "video", "Video", "pager", "Pager", "text", "Text", "email", "Email");
    private static final Map<Class<?>, RDFDatatype> DATE_TYPES = Map.of(LocalDate.class, XSDDatatype.XSDdate,
            YearMonth.class, XSDDatatype.XSDgYearMonth, Year.class, XSDDatatype.XSDgYear,
            OffsetDateTime.class, XSDDatatype.XSDdateTime);

    private final List<Fact> facts;

    PopoloSupplement(List<Fact> facts) {
        this.facts = List.copyOf(facts);
    }

    @Override
    public void write(Iris iris, Model model) {
        facts.forEach(fact -> write(fact, iris, model));
    }

    private static void write(Fact fact, Iris iris, Model model) {
        Resource subject = model.createResource(iris.of(fact.subject()));
        if (fact instanceof Fact.Link link) {
            model.add(subject, link.property(), model.createResource(link.iri()));
        } else if (fact instanceof Fact.Ref ref) {
            model.add(subject, ref.property(), model.createResource(iris.of(ref.object())));
        } else if (fact instanceof Fact.Plain plain) {
            model.add(subject, plain.property(), plain.text());
        } else if (fact instanceof Fact.Dated dated) {
            date(model, subject, dated.property(), dated.date());
        } else if (fact instanceof Fact.Labelled labelled) {
            labelled(model, subject, iris, labelled);
        } else if (fact instanceof Fact.Contact contact) {
            contact(model, subject, iris, contact);
        }
    }

    private static void labelled(Model model, Resource subject, Iris iris, Fact.Labelled fact) {
        Resource node = model.createResource(iris.part(fact.subject(), fact.part()));
        model.add(subject, fact.property(), node);
        model.add(node, RDF.type, fact.type());
        model.add(node, SKOS.prefLabel, fact.label());
    }

    private static void contact(Model model, Resource subject, Iris iris, Fact.Contact contact) {
        Resource node = model.createResource(iris.part(contact.subject(), "contact-" + contact.n()));
        model.add(subject, PopoloTerms.contactDetail, node);
        Optional.ofNullable(VCARD_TYPES.get(contact.type()))
                .ifPresent(type -> model.add(node, RDF.type, model.createResource(PopoloTerms.VCARD + type)));
        model.add(node, DCTerms.type, contact.type());
        contact.label().ifPresent(label -> model.add(node, RDFS.label, label));
        model.add(node, RDF.value, contact.value());
        contact.note().ifPresent(note -> model.add(node, SKOS.note, note));
        contact.validFrom().ifPresent(d -> date(model, node, PopoloTerms.validFrom, d));
        contact.validUntil().ifPresent(d -> date(model, node, PopoloTerms.validUntil, d));
    }

    private static void date(Model model, Resource subject, Property property, DateValue date) {
        date.value().ifPresent(value -> model.add(subject, property, literal(model, value)));
    }

    private static Literal literal(Model model, Temporal value) {
        String lexical = value instanceof OffsetDateTime dt
                ? java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(dt) : value.toString();
        return model.createTypedLiteral(lexical, DATE_TYPES.get(value.getClass()));
    }
}
