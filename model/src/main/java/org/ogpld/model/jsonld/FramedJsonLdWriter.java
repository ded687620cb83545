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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.XSD;
import org.ogpld.vocab.Vocab;

/**
 * Writes a graph as JSON-LD 1.1 in OGP-LD's framed shape, streaming, without a JSON-LD processor: one node object
 * per resource in a {@code @graph}, keys and values compacted with the OGP-LD context (referenced by
 * {@link Vocab#CONTEXT_IRI}), and the parts a resource owns ({@code {iri}#talk-1}, {@code #milestone-2},
 * {@code #irm-assessment}, intervals…) embedded where their owner refers to them, as the vocabulary's frames embed
 * them ({@code @embed @always}); every other resource is referred to by its {@code id} ({@code @embed @never}).
 *
 * <p>Output expands to exactly the graph's triples. Titanium's framing algorithm gives the same shape but holds the
 * whole document in memory several times over; this writer holds one resource's statements at a time beyond the
 * graph itself.
 *
 * <pre>{@code
 * FramedJsonLdWriter.write(model.getGraph(), out);
 * }</pre>
 */
public final class FramedJsonLdWriter {

    private static final JsonFactory JSON = new JsonFactory();

    private final Graph graph;
    private final Terms terms;
    private final JsonGenerator out;
    private final Map<Node, Node> embeddedIn;

    private FramedJsonLdWriter(Graph graph, Terms terms, JsonGenerator out) {
        this.graph = graph;
        this.terms = terms;
        this.out = out;
        this.embeddedIn = owners(graph);
    }

    /** Writes {@code graph} to {@code stream} (left open), pretty-printed. */
    public static void write(Graph graph, OutputStream stream) {
        try (JsonGenerator generator = JSON.createGenerator(stream, JsonEncoding.UTF8)) {
            generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            generator.useDefaultPrettyPrinter();
            new FramedJsonLdWriter(graph, Terms.ours(), generator).document();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void document() throws IOException {
        out.writeStartObject();
        out.writeStringField("@context", Vocab.CONTEXT_IRI);
        out.writeArrayFieldStart("@graph");
        List<Node> subjects = new ArrayList<>();
        graph.find().mapWith(Triple::getSubject).forEachRemaining(s -> {
            if (!embeddedIn.containsKey(s)) {
                subjects.add(s);
            }
        });
        sorted(new ArrayList<>(new java.util.LinkedHashSet<>(subjects))).forEach(this::nodeUnchecked);
        out.writeEndArray();
        out.writeEndObject();
    }

    private void nodeUnchecked(Node subject) {
        try {
            node(subject);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One node object: id, types, then each property in IRI order with its values in a stable order. */
    private void node(Node subject) throws IOException {
        out.writeStartObject();
        out.writeStringField("id", subject.isBlank() ? "_:" + subject.getBlankNodeLabel() : subject.getURI());
        Map<String, List<Node>> properties = new TreeMap<>();
        graph.find(subject, Node.ANY, Node.ANY).forEachRemaining(t ->
                properties.computeIfAbsent(t.getPredicate().getURI(), k -> new ArrayList<>()).add(t.getObject()));
        List<Node> types = properties.remove(RDF.type.getURI());
        if (types != null) {
            out.writeArrayFieldStart("type");
            for (Node type : sorted(types)) {
                out.writeString(type.isURI() ? terms.type(type.getURI()) : "_:" + type.getBlankNodeLabel());
            }
            out.writeEndArray();
        }
        for (Map.Entry<String, List<Node>> p : properties.entrySet()) {
            property(subject, p.getKey(), sorted(p.getValue()));
        }
        out.writeEndObject();
    }

    private void property(Node subject, String iri, List<Node> values) throws IOException {
        Terms.Term term = terms.property(iri).orElse(null);
        out.writeFieldName(term == null ? iri : term.name());
        if (term != null && term.languages() && values.stream().allMatch(FramedJsonLdWriter::isLangString)) {
            languageMap(values);
            return;
        }
        out.writeStartArray();
        for (Node value : values) {
            value(subject, term, value);
        }
        out.writeEndArray();
    }

    private void languageMap(List<Node> values) throws IOException {
        Map<String, List<String>> byLanguage = new TreeMap<>();
        values.forEach(v -> byLanguage.computeIfAbsent(v.getLiteralLanguage(), k -> new ArrayList<>())
                .add(v.getLiteralLexicalForm()));
        out.writeStartObject();
        for (Map.Entry<String, List<String>> e : byLanguage.entrySet()) {
            out.writeArrayFieldStart(e.getKey());
            for (String text : e.getValue()) {
                out.writeString(text);
            }
            out.writeEndArray();
        }
        out.writeEndObject();
    }

    private void value(Node subject, Terms.Term term, Node value) throws IOException {
        if (value.isLiteral()) {
            literal(term, value);
        } else if (subject.equals(embeddedIn.get(value))) {
            node(value);
        } else {
            String id = value.isBlank() ? "_:" + value.getBlankNodeLabel() : value.getURI();
            if (term != null && "@id".equals(term.type()) && value.isURI()) {
                out.writeString(id);
            } else {
                out.writeStartObject();
                out.writeStringField("@id", id);
                out.writeEndObject();
            }
        }
    }

    private void literal(Terms.Term term, Node literal) throws IOException {
        String lexical = literal.getLiteralLexicalForm();
        String datatype = literal.getLiteralDatatypeURI();
        boolean plainTerm = term != null && term.type() == null && !term.languages();
        if (term != null && datatype.equals(term.type())) {
            out.writeString(lexical);
        } else if (plainTerm && datatype.equals(XSD.xstring.getURI())) {
            out.writeString(lexical);
        } else {
            out.writeStartObject();
            out.writeStringField("@value", lexical);
            if (isLangString(literal)) {
                out.writeStringField("@language", literal.getLiteralLanguage());
            } else if (!datatype.equals(XSD.xstring.getURI())) {
                out.writeStringField("@type", datatype);
            }
            out.writeEndObject();
        }
    }

    /**
     * The owner each embeddable part is written in: a resource {@code {iri}#…} (or blank node) that exactly one
     * statement refers to, from a subject of the same document {@code {iri}}.
     */
    private static Map<Node, Node> owners(Graph graph) {
        Map<Node, Node> referrer = new HashMap<>();
        Map<Node, Integer> references = new HashMap<>();
        graph.find().forEachRemaining(t -> {
            Node o = t.getObject();
            if (!o.isLiteral() && !t.getPredicate().equals(RDF.type.asNode())) {
                references.merge(o, 1, Integer::sum);
                referrer.put(o, t.getSubject());
            }
        });
        Map<Node, Node> owners = new HashMap<>();
        references.forEach((node, count) -> {
            Node from = referrer.get(node);
            if (count == 1 && !from.equals(node) && graph.contains(node, Node.ANY, Node.ANY)
                    && (node.isBlank() || sameDocument(node, from))) {
                owners.put(node, from);
            }
        });
        breakCycles(owners);
        return owners;
    }

    /** A part owned, through a chain, by itself would never be written: such parts stay top-level. */
    private static void breakCycles(Map<Node, Node> owners) {
        for (Node start : new ArrayList<>(owners.keySet())) {
            Node at = owners.get(start);
            for (int steps = 0; at != null && steps <= owners.size(); steps++) {
                if (at.equals(start)) {
                    owners.remove(start);
                    break;
                }
                at = owners.get(at);
            }
        }
    }

    private static boolean sameDocument(Node part, Node owner) {
        if (!part.isURI() || !owner.isURI()) {
            return false;
        }
        String iri = part.getURI();
        int hash = iri.indexOf('#');
        String base = iri.substring(0, Math.max(hash, 0));
        return hash > 0 && (owner.getURI().equals(base) || owner.getURI().startsWith(base + "#"));
    }

    private static boolean isLangString(Node node) {
        return node.isLiteral() && !node.getLiteralLanguage().isEmpty();
    }

    /** The nodes in a stable order; IRIs compare as they are, literals by a key built once per node. */
    private static List<Node> sorted(List<Node> nodes) {
        if (nodes.size() < 2) {
            return nodes;
        }
        if (nodes.stream().allMatch(Node::isURI)) {
            nodes.sort(Comparator.comparing(Node::getURI));
            return nodes;
        }
        Map<Node, String> keys = new HashMap<>();
        nodes.sort(Comparator.comparing(n -> keys.computeIfAbsent(n, FramedJsonLdWriter::sortKey)));
        return nodes;
    }

    private static String sortKey(Node node) {
        if (node.isLiteral()) {
            return "\"" + node.getLiteralLexicalForm() + "@" + node.getLiteralLanguage() + "^" + node.getLiteralDatatypeURI();
        }
        return node.isBlank() ? "_:" + node.getBlankNodeLabel() : node.getURI();
    }
}
