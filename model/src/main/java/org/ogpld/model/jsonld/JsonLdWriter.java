package org.ogpld.model.jsonld;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.XSD;
import org.ogpld.model.jsonld.Term.Coercion;
import org.ogpld.vocab.Vocab;

/**
 * Writes a graph as JSON-LD 1.1 compacted with the OGP-LD context (referenced by {@link Vocab#CONTEXT_IRI}),
 * streaming, without a JSON-LD processor: node objects in a {@code @graph}, each property under its context term
 * where the context has one (else its compact IRI), values as plain strings where the term's coercion allows,
 * language-tagged text in language maps, single values not wrapped in arrays. Output expands to exactly the graph's
 * triples and is the same bytes for the same graph.
 *
 * <pre>{@code
 * JsonLdWriter.write(model.getGraph(), JsonLdWriter.Layout.EMBEDDED, out);
 * }</pre>
 */
public final class JsonLdWriter {

    /** Where node objects go. */
    public enum Layout {
        /** Every subject a node object of {@code @graph}, as JSON-LD compaction lays a graph out. */
        FLAT,
        /**
         * The parts a resource owns ({@code {iri}#talk-1}, {@code #milestone-2}, intervals…) embedded where their
         * owner refers to them, as the vocabulary's frames embed them; every other resource referred to by its id.
         */
        EMBEDDED
    }

    private static final JsonFactory JSON = new JsonFactory();

    private final Graph graph;
    private final ContextTerms terms = ContextTerms.vocabulary();
    private final Map<Node, Node> owners;
    private final Map<String, Term> keys = new HashMap<>();
    private final JsonGenerator out;
    private final String context;

    private JsonLdWriter(Graph graph, Map<Node, Node> owners, JsonGenerator out, String context) {
        this.graph = graph;
        this.owners = owners;
        this.out = out;
        this.context = context;
    }

    /** Writes {@code graph} to {@code stream} (left open), pretty-printed, referencing {@link Vocab#CONTEXT_IRI}. */
    public static void write(Graph graph, Layout layout, OutputStream stream) {
        write(graph, layout, Vocab.CONTEXT_IRI, stream);
    }

    /**
     * Writes {@code graph} to {@code stream} (left open), pretty-printed, referencing the OGP-LD context at
     * {@code context}: a server names the copy it serves itself, so that clients can fetch it there.
     */
    public static void write(Graph graph, Layout layout, String context, OutputStream stream) {
        try (JsonGenerator generator = JSON.createGenerator(stream, JsonEncoding.UTF8)) {
            generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            generator.useDefaultPrettyPrinter();
            new JsonLdWriter(graph, layout == Layout.EMBEDDED ? Owners.of(graph) : Map.of(), generator, context)
                    .document();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void document() throws IOException {
        out.writeStartObject();
        out.writeStringField("@context", context);
        out.writeArrayFieldStart("@graph");
        Set<Node> subjects = new HashSet<>();
        graph.find().forEachRemaining(t -> subjects.add(t.getSubject()));
        subjects.removeAll(owners.keySet());
        for (Node subject : sorted(new ArrayList<>(subjects))) {
            node(subject);
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    /** One node object: id, classes, then each property by key with its values in a stable order. */
    private void node(Node subject) throws IOException {
        List<Node> classes = new ArrayList<>();
        Map<Term, List<Node>> properties = new TreeMap<>(Comparator.comparing(Term::name));
        graph.find(subject, Node.ANY, Node.ANY).forEachRemaining(t -> {
            if (t.getPredicate().equals(RDF.Nodes.type) && !t.getObject().isLiteral()) {
                classes.add(t.getObject());
            } else {
                properties.computeIfAbsent(key(t.getPredicate().getURI()), k -> new ArrayList<>()).add(t.getObject());
            }
        });
        out.writeStartObject();
        out.writeStringField("id", id(subject));
        if (!classes.isEmpty()) {
            out.writeFieldName("type");
            List<String> names = new ArrayList<>(classes.size());
            for (Node c : sorted(classes)) {
                names.add(c.isURI() ? terms.typeName(c.getURI()) : id(c));
            }
            strings(names);
        }
        for (Map.Entry<Term, List<Node>> p : properties.entrySet()) {
            property(subject, p.getKey(), sorted(p.getValue()));
        }
        out.writeEndObject();
    }

    /** The key of property {@code iri}, looked up in the context once per document. */
    private Term key(String iri) {
        Term key = keys.get(iri);
        if (key == null) {
            key = terms.key(iri);
            keys.put(iri, key);
        }
        return key;
    }

    private void property(Node subject, Term key, List<Node> values) throws IOException {
        out.writeFieldName(key.name());
        if (key.coercion() == Coercion.LANGUAGE_MAP && values.stream().allMatch(JsonLdWriter::hasLanguage)) {
            languageMap(values);
            return;
        }
        if (values.size() > 1) {
            out.writeStartArray();
        }
        for (Node value : values) {
            value(subject, key, value);
        }
        if (values.size() > 1) {
            out.writeEndArray();
        }
    }

    private void value(Node subject, Term key, Node value) throws IOException {
        if (!value.isLiteral() && subject.equals(owners.get(value))) {
            node(value);
        } else if (key.takesAsString(value)) {
            out.writeString(!value.isLiteral() ? reference(value) : value.getLiteralLexicalForm());
        } else if (!value.isLiteral()) {
            out.writeStartObject();
            out.writeStringField("id", id(value));
            out.writeEndObject();
        } else {
            out.writeStartObject();
            out.writeStringField("@value", value.getLiteralLexicalForm());
            if (hasLanguage(value)) {
                out.writeStringField("@language", value.getLiteralLanguage());
            } else if (!XSD.xstring.getURI().equals(value.getLiteralDatatypeURI())) {
                out.writeStringField("type", terms.compact(value.getLiteralDatatypeURI()));
            }
            out.writeEndObject();
        }
    }

    private void languageMap(List<Node> values) throws IOException {
        Map<String, List<String>> byLanguage = new TreeMap<>();
        values.forEach(v -> byLanguage.computeIfAbsent(v.getLiteralLanguage(), k -> new ArrayList<>())
                .add(v.getLiteralLexicalForm()));
        out.writeStartObject();
        for (Map.Entry<String, List<String>> e : byLanguage.entrySet()) {
            out.writeFieldName(e.getKey());
            strings(e.getValue());
        }
        out.writeEndObject();
    }

    /** One string, or an array of several. */
    private void strings(List<String> values) throws IOException {
        if (values.size() == 1) {
            out.writeString(values.get(0));
            return;
        }
        out.writeStartArray();
        for (String value : values) {
            out.writeString(value);
        }
        out.writeEndArray();
    }

    /** An IRI or blank node as the string value of an {@code @id}-coerced term. */
    private String reference(Node node) {
        return node.isBlank() ? id(node) : terms.compact(node.getURI());
    }

    private static String id(Node node) {
        return node.isBlank() ? "_:" + node.getBlankNodeLabel() : node.getURI();
    }

    private static boolean hasLanguage(Node node) {
        return node.isLiteral() && !node.getLiteralLanguage().isEmpty();
    }

    /** The nodes in a stable order; IRIs compare as they are, other nodes by a key built once per node. */
    private static List<Node> sorted(List<Node> nodes) {
        if (nodes.size() < 2) {
            return nodes;
        }
        if (nodes.stream().allMatch(Node::isURI)) {
            nodes.sort(Comparator.comparing(Node::getURI));
            return nodes;
        }
        Map<Node, String> sortKeys = new HashMap<>();
        nodes.sort(Comparator.comparing(n -> sortKeys.computeIfAbsent(n, JsonLdWriter::sortKey)));
        return nodes;
    }

    private static String sortKey(Node node) {
        if (node.isLiteral()) {
            return "\"" + node.getLiteralLexicalForm() + "@" + node.getLiteralLanguage() + "^" + node.getLiteralDatatypeURI();
        }
        return id(node);
    }
}
