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
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.XSD;
import org.ogpld.model.jsonld.Term.Coercion;
import org.ogpld.vocab.Vocab;

/**
 * Writes a graph as JSON-LD 1.1 compacted with the OGP-LD context (referenced by {@link Vocab#CONTEXT_IRI}),
 * streaming, without a JSON-LD processor: node objects in a {@code @graph}, each property under its context term
 * where the term can hold the value (else its compact IRI, which coerces nothing), values as plain strings where the
 * term's coercion allows, language-tagged and plain text in language maps (plain text under {@code @none}), single
 * values not wrapped in arrays. A graph holding an IRI the context would misread ({@code ogp:x}, whose scheme is a
 * prefix of the context) is written without the context, in expanded form. Output expands to exactly the graph's
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
    private final ContextTerms terms;
    private final Map<Node, Node> owners;
    private final Map<String, Term> keys = new HashMap<>();
    private final Map<String, Term> plainKeys = new HashMap<>();
    private final JsonGenerator out;
    private final String context;

    private JsonLdWriter(Graph graph, ContextTerms terms, Map<Node, Node> owners, JsonGenerator out,
            String context) {
        this.graph = graph;
        this.terms = terms;
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
     * {@code context}: a server names the copy it serves itself, so that clients can fetch it there. A graph holding
     * an IRI the context would misread ({@link #misreadUnderContext}) is written without the context.
     *
     * @throws IllegalArgumentException if the graph holds a relative IRI, which JSON-LD cannot state
     */
    public static void write(Graph graph, Layout layout, String context, OutputStream stream) {
        ContextTerms terms = misreadUnderContext(graph).isPresent() ? ContextTerms.none() : ContextTerms.vocabulary();
        try (JsonGenerator generator = JSON.createGenerator(stream, JsonEncoding.UTF8)) {
            generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            generator.useDefaultPrettyPrinter();
            Map<Node, Node> owners = layout == Layout.EMBEDDED ? Owners.of(graph) : Map.of();
            new JsonLdWriter(graph, terms, owners, generator, context).document();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The first IRI of {@code graph} (subject, property, object or datatype) that a JSON-LD processor would read as
     * something else under the OGP-LD context, if any: then {@link #write} leaves the context out.
     *
     * @throws IllegalArgumentException naming a relative IRI, which no JSON-LD document can state
     */
    public static Optional<String> misreadUnderContext(Graph graph) {
        ContextTerms context = ContextTerms.vocabulary();
        for (Iterator<Triple> it = graph.find(); it.hasNext(); ) {
            Triple t = it.next();
            for (Node node : new Node[] {t.getSubject(), t.getPredicate(), t.getObject()}) {
                String iri = node.isURI() ? node.getURI() : node.isLiteral() ? node.getLiteralDatatypeURI() : null;
                if (iri != null && !context.readsAsItself(iri)) {
                    if (!ContextTerms.none().readsAsItself(iri)) {
                        throw new IllegalArgumentException("cannot write the relative IRI <" + iri + "> (in the "
                                + "statement " + t + ") as JSON-LD: RDF needs absolute IRIs");
                    }
                    return Optional.of(iri);
                }
            }
        }
        return Optional.empty();
    }

    private void document() throws IOException {
        out.writeStartObject();
        if (terms.reference() != null) {
            out.writeStringField("@context", context);
        }
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
                properties.computeIfAbsent(key(t.getPredicate().getURI(), t.getObject()), k -> new ArrayList<>())
                        .add(t.getObject());
            }
        });
        out.writeStartObject();
        out.writeStringField(terms.idKey(), id(subject));
        if (!classes.isEmpty()) {
            out.writeFieldName(terms.typeKey());
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

    /**
     * The key of a statement of property {@code iri} with object {@code value}: the property's term if it can hold
     * the value, else the compact IRI; both looked up in the context once per document.
     */
    private Term key(String iri, Node value) {
        Term key = keys.computeIfAbsent(iri, terms::key);
        return key.holds(value) ? key : plainKeys.computeIfAbsent(iri, terms::plainKey);
    }

    private void property(Node subject, Term key, List<Node> values) throws IOException {
        out.writeFieldName(key.name());
        if (key.coercion() == Coercion.LANGUAGE_MAP) {
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
            out.writeStringField(terms.idKey(), id(value));
            out.writeEndObject();
        } else {
            literal(value);
        }
    }

    /** A value object: the lexical form with its language (and base direction) or its datatype. */
    private void literal(Node value) throws IOException {
        out.writeStartObject();
        out.writeStringField("@value", value.getLiteralLexicalForm());
        if (hasLanguage(value)) {
            out.writeStringField("@language", value.getLiteralLanguage());
            if (value.getLiteralBaseDirection() != null) {
                out.writeStringField("@direction", value.getLiteralBaseDirection().direction());
            }
        } else if (!XSD.xstring.getURI().equals(value.getLiteralDatatypeURI())) {
            out.writeStringField(terms.typeKey(), terms.compact(value.getLiteralDatatypeURI()));
        }
        out.writeEndObject();
    }

    /** Strings by language tag, plain strings under {@code @none}: the values {@link Term#fitsLanguageMap} fit. */
    private void languageMap(List<Node> values) throws IOException {
        Map<String, List<String>> byLanguage = new TreeMap<>();
        values.forEach(v -> byLanguage.computeIfAbsent(hasLanguage(v) ? v.getLiteralLanguage() : "@none",
                k -> new ArrayList<>()).add(v.getLiteralLexicalForm()));
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
            return "\"" + node.getLiteralLexicalForm() + "@" + node.getLiteralLanguage() + "--"
                    + node.getLiteralBaseDirection() + "^" + node.getLiteralDatatypeURI();
        }
        return id(node);
    }
}
