package org.ogpld.model.publish;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.XSD;
import org.ogpld.vocab.Vocab;

/**
 * Writes a graph as compacted JSON-LD 1.1 in one pass over its subjects, without building a JSON-LD tree: each
 * subject becomes a node object in {@code @graph}, each property its context term where the values fit the term's
 * coercion (else a compact IRI with explicit value objects). The output references the OGP-LD context by IRI and
 * expands to exactly the graph's triples; it is what Titanium's compaction gives, at the speed of a plain writer.
 */
final class CompactJsonLdWriter {

    private static final Comparator<Node> ORDER = Comparator.comparing(CompactJsonLdWriter::sortKey);

    private final ContextTerms terms;

    CompactJsonLdWriter(ContextTerms terms) {
        this.terms = terms;
    }

    void write(Graph graph, OutputStream out) {
        try (JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("@context", Vocab.CONTEXT_IRI);
            json.writeArrayFieldStart("@graph");
            TreeSet<Node> subjects = new TreeSet<>(ORDER);
            graph.find().forEachRemaining(t -> subjects.add(t.getSubject()));
            for (Node subject : subjects) {
                writeNode(graph, subject, json);
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeNode(Graph graph, Node subject, JsonGenerator json) throws IOException {
        Map<String, List<Node>> byProperty = new TreeMap<>();
        graph.find(subject, Node.ANY, Node.ANY).forEachRemaining(
                t -> byProperty.computeIfAbsent(t.getPredicate().getURI(), p -> new ArrayList<>()).add(t.getObject()));
        json.writeStartObject();
        json.writeStringField("id", id(subject));
        List<Node> types = byProperty.remove(RDF.type.getURI());
        if (types != null) {
            writeArray(json, "type", types.stream().sorted(ORDER).map(t -> terms.typeName(t.getURI())).toList());
        }
        Map<String, List<Node>> keyed = new TreeMap<>();
        byProperty.forEach((property, values) -> split(property, values, keyed));
        for (Map.Entry<String, List<Node>> entry : keyed.entrySet()) {
            writeProperty(entry.getKey(), entry.getValue(), json);
        }
        json.writeEndObject();
    }

    /** Puts the values that fit the property's term under the term, the others under its compact IRI. */
    private void split(String property, List<Node> values, Map<String, List<Node>> keyed) {
        Optional<ContextTerms.Term> term = terms.property(property);
        for (Node value : values) {
            String key = term.filter(t -> fits(t, value)).map(ContextTerms.Term::name)
                    .orElseGet(() -> terms.compact(property));
            keyed.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
    }

    private static boolean fits(ContextTerms.Term term, Node value) {
        return switch (term.coercion()) {
            case ID -> !value.isLiteral();
            case DATATYPE -> value.isLiteral() && value.getLiteralLanguage().isEmpty()
                    && term.datatype().equals(value.getLiteralDatatypeURI());
            case LANGUAGE_MAP -> value.isLiteral() && !value.getLiteralLanguage().isEmpty();
            case NONE -> true;
        };
    }

    private void writeProperty(String key, List<Node> values, JsonGenerator json) throws IOException {
        values.sort(ORDER);
        Optional<ContextTerms.Term> term = terms.term(key);
        json.writeFieldName(key);
        if (term.isPresent() && term.get().coercion() == ContextTerms.Coercion.LANGUAGE_MAP) {
            writeLanguageMap(values, json);
            return;
        }
        if (values.size() > 1) {
            json.writeStartArray();
        }
        for (Node value : values) {
            writeValue(value, term.map(ContextTerms.Term::coercion).orElse(null), json);
        }
        if (values.size() > 1) {
            json.writeEndArray();
        }
    }

    private void writeValue(Node value, ContextTerms.Coercion coercion, JsonGenerator json) throws IOException {
        if (coercion == ContextTerms.Coercion.ID) {
            json.writeString(value.isBlank() ? id(value) : terms.compact(value.getURI()));
        } else if (coercion == ContextTerms.Coercion.DATATYPE
                || value.isLiteral() && XSD.xstring.getURI().equals(value.getLiteralDatatypeURI())) {
            json.writeString(value.getLiteralLexicalForm());
        } else if (!value.isLiteral()) {
            json.writeStartObject();
            json.writeStringField("id", id(value));
            json.writeEndObject();
        } else {
            json.writeStartObject();
            json.writeStringField("@value", value.getLiteralLexicalForm());
            if (value.getLiteralLanguage().isEmpty()) {
                json.writeStringField("type", terms.compact(value.getLiteralDatatypeURI()));
            } else {
                json.writeStringField("@language", value.getLiteralLanguage());
            }
            json.writeEndObject();
        }
    }

    private static void writeLanguageMap(List<Node> values, JsonGenerator json) throws IOException {
        Map<String, List<String>> byLanguage = new TreeMap<>();
        values.forEach(v -> byLanguage.computeIfAbsent(v.getLiteralLanguage(), l -> new ArrayList<>())
                .add(v.getLiteralLexicalForm()));
        json.writeStartObject();
        for (Map.Entry<String, List<String>> e : byLanguage.entrySet()) {
            writeArray(json, e.getKey(), e.getValue());
        }
        json.writeEndObject();
    }

    private static void writeArray(JsonGenerator json, String key, List<String> values) throws IOException {
        json.writeFieldName(key);
        if (values.size() == 1) {
            json.writeString(values.get(0));
            return;
        }
        json.writeStartArray();
        for (String v : values) {
            json.writeString(v);
        }
        json.writeEndArray();
    }

    private static String id(Node node) {
        return node.isBlank() ? "_:" + node.getBlankNodeLabel() : node.getURI();
    }

    private static String sortKey(Node node) {
        if (node.isLiteral()) {
            return "\"" + node.getLiteralLexicalForm() + "@" + node.getLiteralLanguage() + "^" + node.getLiteralDatatypeURI();
        }
        return id(node);
    }
}
