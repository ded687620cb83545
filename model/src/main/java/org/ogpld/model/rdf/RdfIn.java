package org.ogpld.model.rdf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
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
import org.ogpld.model.Kind;
import org.ogpld.model.LangString;
import org.ogpld.model.MissingValue;
import org.ogpld.model.Text;
import org.ogpld.vocab.OGP;

/** Reads record values from RDF, throwing a {@link MappingException} that names subject and property. */
final class RdfIn {

    private final Iris iris;

    RdfIn(Iris iris) {
        this.iris = iris;
    }

    Iris iris() {
        return iris;
    }

    Id id(Resource resource, Kind... kinds) {
        Id id = iris.id(resource.getURI())
                .orElseThrow(() -> fail(resource, null, "not an id IRI under " + iris.base()));
        if (!EnumSet.of(kinds[0], kinds).contains(id.kind())) {
            throw fail(resource, null, "expected a " + kinds[0].segment() + ", found a " + id.kind().segment());
        }
        return id;
    }

    /** Builds a record from RDF values, reporting a rejected value as a problem with {@code subject}. */
    static <T> T construct(Resource subject, java.util.function.Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw fail(subject, null, e.getMessage());
        }
    }

    static MappingException fail(Resource subject, Property property, String message) {
        return new MappingException(String.valueOf(subject), property == null ? null : property.getURI(), message);
    }

    /** The asserted values of {@code property} (claims of a data-quality note are reified, never asserted). */
    List<RDFNode> values(Resource subject, Property property) {
        List<RDFNode> values = new ArrayList<>();
        subject.listProperties(property).forEachRemaining(s -> values.add(s.getObject()));
        return values;
    }

    Optional<RDFNode> single(Resource subject, Property property) {
        List<RDFNode> values = values(subject, property);
        if (values.size() > 1) {
            throw fail(subject, property, "expected at most one value, found " + values.size());
        }
        return values.stream().findFirst();
    }

    Text text(Resource subject, Property property) {
        return optionalText(subject, property).orElseThrow(() -> fail(subject, property, "required text is missing"));
    }

    Optional<Text> optionalText(Resource subject, Property property) {
        List<LangString> strings = langStrings(subject, property);
        try {
            return strings.isEmpty() ? Optional.empty() : Optional.of(Text.of(strings));
        } catch (IllegalArgumentException e) {
            throw fail(subject, property, e.getMessage());
        }
    }

    List<LangString> langStrings(Resource subject, Property property) {
        List<LangString> strings = new ArrayList<>();
        for (RDFNode node : values(subject, property)) {
            Literal literal = literal(subject, property, node);
            if (literal.getLanguage().isEmpty()) {
                throw fail(subject, property, "expected text with a language tag, found " + literal);
            }
            try {
                strings.add(LangString.of(literal.getLexicalForm(), literal.getLanguage()));
            } catch (IllegalArgumentException e) {
                throw fail(subject, property, e.getMessage());
            }
        }
        return strings;
    }

    Optional<String> string(Resource subject, Property property) {
        return single(subject, property).map(n -> literal(subject, property, n).getLexicalForm());
    }

    Literal literal(Resource subject, Property property, RDFNode node) {
        if (!node.isLiteral()) {
            throw fail(subject, property, "expected a literal, found " + node);
        }
        return node.asLiteral();
    }

    Resource iriNode(Resource subject, Property property, RDFNode node) {
        if (!node.isURIResource()) {
            throw fail(subject, property, "expected an IRI, found " + node);
        }
        return node.asResource();
    }

    Id ref(Resource subject, Property property, Kind... kinds) {
        return optionalRef(subject, property, kinds)
                .orElseThrow(() -> fail(subject, property, "required reference is missing"));
    }

    Optional<Id> optionalRef(Resource subject, Property property, Kind... kinds) {
        return single(subject, property).map(n -> refOf(subject, property, n, kinds));
    }

    Set<Id> refs(Resource subject, Property property, Kind... kinds) {
        Set<Id> ids = new HashSet<>();
        values(subject, property).forEach(n -> ids.add(refOf(subject, property, n, kinds)));
        return ids;
    }

    private Id refOf(Resource subject, Property property, RDFNode node, Kind... kinds) {
        Resource target = iriNode(subject, property, node);
        try {
            return id(target, kinds);
        } catch (MappingException e) {
            throw fail(subject, property, e.getMessage());
        }
    }

    Optional<Code> code(Resource subject, Property property) {
        return single(subject, property).map(n -> codeOf(subject, property, n));
    }

    Set<Code> codes(Resource subject, Property property) {
        Set<Code> codes = new HashSet<>();
        values(subject, property).forEach(n -> codes.add(codeOf(subject, property, n)));
        return codes;
    }

    Code codeOf(Resource subject, Property property, RDFNode node) {
        String iri = iriNode(subject, property, node).getURI();
        return Code.fromIri(iri).orElseThrow(() -> fail(subject, property, "<" + iri + "> is not an OGP-LD code"));
    }

    Set<GeoName> geoNames(Resource subject, Property property) {
        Set<GeoName> places = new HashSet<>();
        values(subject, property).forEach(n -> places.add(geoNameOf(subject, property, n)));
        return places;
    }

    /**
     * The GeoNames places among the values of {@code property}; with {@code others} true, values that are other
     * places (an EU country authority IRI beside a GeoNames country) are passed over rather than refused.
     */
    Set<GeoName> geoNames(Resource subject, Property property, boolean others) {
        if (!others) {
            return geoNames(subject, property);
        }
        Set<GeoName> places = new HashSet<>();
        values(subject, property).forEach(n -> GeoName.fromIri(iriNode(subject, property, n).getURI())
                .ifPresent(places::add));
        if (places.size() > 1) {
            throw fail(subject, property, "expected at most one GeoNames place, found " + places.size());
        }
        return places;
    }

    Optional<GeoName> geoName(Resource subject, Property property) {
        return single(subject, property).map(n -> geoNameOf(subject, property, n));
    }

    private GeoName geoNameOf(Resource subject, Property property, RDFNode node) {
        String iri = iriNode(subject, property, node).getURI();
        return GeoName.fromIri(iri).orElseThrow(() -> fail(subject, property, "<" + iri + "> is not a GeoNames IRI"));
    }

    Optional<String> iri(Resource subject, Property property) {
        return single(subject, property).map(n -> iriNode(subject, property, n).getURI());
    }

    Optional<Integer> integer(Resource subject, Property property) {
        return single(subject, property).map(n -> {
            try {
                return literal(subject, property, n).getInt();
            } catch (RuntimeException e) {
                throw fail(subject, property, "expected a whole number, found " + n);
            }
        });
    }

    Optional<BigDecimal> decimal(Resource subject, Property property) {
        return single(subject, property).map(n -> {
            try {
                return new BigDecimal(literal(subject, property, n).getLexicalForm());
            } catch (NumberFormatException e) {
                throw fail(subject, property, "expected a number, found " + n);
            }
        });
    }

    /** A date field: its value on the property, and its text as written if the source's wording was kept. */
    Optional<DateValue> date(Resource subject, Property property) {
        Optional<Literal> value = single(subject, property).map(n -> literal(subject, property, n));
        Optional<String> written = asWritten(subject, property);
        if (value.isEmpty() && written.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new DateValue(value.map(Literals::temporal), written));
        } catch (IllegalArgumentException e) {
            throw fail(subject, property, e.getMessage());
        }
    }

    Optional<Answer> answer(Resource subject, Property property) {
        Optional<RDFNode> value = single(subject, property);
        if (value.isPresent()) {
            Literal literal = literal(subject, property, value.get());
            if (!XSDDatatype.XSDboolean.getURI().equals(literal.getDatatypeURI())) {
                throw fail(subject, property, "expected an xsd:boolean, found " + literal);
            }
            return Optional.of(Answer.of(literal.getBoolean()));
        }
        return asWritten(subject, property).map(text -> Answer.missing(MissingValue.ofNotation(text)
                .orElseThrow(() -> fail(subject, property, "'" + text + "' is not ND, NR or NA"))));
    }

    /** The text as written on the (non-claim) statement about {@code subject property}, if there is one. */
    Optional<String> asWritten(Resource subject, Property property) {
        List<Resource> statements = statementsAbout(subject, property).stream()
                .filter(s -> !s.hasProperty(RDF.type, OGP.Claim)).toList();
        if (statements.size() > 1) {
            throw fail(subject, property, "more than one statement of how the source wrote it");
        }
        return statements.stream().findFirst().map(s -> literal(s, Terms.provValue,
                s.getRequiredProperty(Terms.provValue).getObject()).getLexicalForm());
    }

    /** The reified statements about {@code subject property …}. */
    static List<Resource> statementsAbout(Resource subject, Property property) {
        List<Resource> found = new ArrayList<>();
        subject.getModel().listSubjectsWithProperty(RDF.subject, subject).forEachRemaining(s -> {
            if (s.hasProperty(RDF.predicate, property)) {
                found.add(s);
            }
        });
        return found;
    }
}
