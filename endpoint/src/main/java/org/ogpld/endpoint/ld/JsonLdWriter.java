package org.ogpld.endpoint.ld;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.document.RdfDocument;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.OutputStream;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.JenaTitanium;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.ogpld.vocab.Vocab;

/**
 * JSON-LD with the OGP-LD context, by Titanium: the resource itself framed with its kind's frame from
 * {@code vocab} (its parts embedded, what it links to referenced), followed by every other node of the
 * description, compacted. Nothing of the graph is dropped, so the document expands to the same triples. Contexts
 * come only from {@link Vocab#documentLoader()}: no JSON-LD processing here reaches the network.
 */
public final class JsonLdWriter {

    private static final JsonWriterFactory PRETTY =
            Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
    private static final JsonObject CONTEXT_REFERENCE =
            Json.createObjectBuilder().add("@context", Vocab.CONTEXT_IRI).build();

    private JsonLdWriter() {}

    /**
     * The JSON-LD document of a description.
     *
     * @param graph the description
     * @param root the IRI of the described resource
     * @param kind its kind ({@code event}...), whose frame is used when {@code vocab} has one
     */
    public static JsonObject document(Graph graph, String root, String kind) {
        List<JsonObject> nodes = nodes(graph, Map.of(root, kind));
        if (nodes.size() == 1) {
            return Json.createObjectBuilder().add("@context", Vocab.CONTEXT_IRI).addAll(
                    Json.createObjectBuilder(nodes.get(0))).build();
        }
        JsonArrayBuilder all = Json.createArrayBuilder();
        nodes.forEach(all::add);
        return Json.createObjectBuilder().add("@context", Vocab.CONTEXT_IRI).add("@graph", all).build();
    }

    /**
     * The node objects of a graph describing some resources, without {@code @context}: each resource framed with
     * its kind's frame (one framing per kind, however many resources), then every other node. A frame may leave out
     * statements of a resource (a value that does not match its sub-frame); those follow as a node of their own,
     * so that nothing of the graph is lost.
     *
     * @param roots the described resources, each with its kind ({@code event}...)
     */
    public static List<JsonObject> nodes(Graph graph, Map<String, String> roots) {
        Set<Node> rootSubjects = new HashSet<>();
        roots.keySet().forEach(root -> rootSubjects.add(NodeFactory.createURI(root)));
        Set<Node> embedded = blankNodesBelow(graph, rootSubjects);
        Graph rootGraph = GraphFactory.createDefaultGraph();
        Graph others = GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining(t -> (rootSubjects.contains(t.getSubject())
                || embedded.contains(t.getSubject()) ? rootGraph : others).add(t));
        List<JsonObject> nodes = new ArrayList<>();
        if (!rootGraph.isEmpty()) {
            Map<String, List<String>> byKind = new TreeMap<>();
            roots.forEach((root, kind) -> byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(root));
            byKind.forEach((kind, ofKind) -> nodes.addAll(framed(graph, ofKind, kind)));
            JsonArrayBuilder all = Json.createArrayBuilder();
            nodes.forEach(all::add);
            Graph kept = triples(Json.createObjectBuilder(CONTEXT_REFERENCE).add("@graph", all).build());
            rootGraph.find().filterDrop(t -> t.getSubject().isBlank() || t.getObject().isBlank() || kept.contains(t))
                    .forEachRemaining(others::add);
        }
        nodes.addAll(compact(others));
        return nodes;
    }

    /**
     * The resources' nodes in one framing result. A frame's property patterns also match other nodes that have
     * the property, so the result may hold more than the resources: only theirs are taken.
     */
    private static List<JsonObject> framed(Graph graph, List<String> roots, String kind) {
        JsonObject result = frame(graph, roots, kind);
        List<JsonObject> candidates = result.get("@graph") instanceof JsonArray array
                ? array.stream().filter(v -> v instanceof JsonObject).map(JsonValue::asJsonObject).toList()
                : List.of(withoutContext(result));
        Set<String> wanted = new HashSet<>(roots);
        return candidates.stream().filter(node -> wanted.contains(id(node))).toList();
    }

    private static String id(JsonObject node) {
        JsonValue id = node.containsKey("@id") ? node.get("@id") : node.get("id");
        return id instanceof JsonString string ? string.getString() : null;
    }

    /** The triples a JSON-LD document states, read back by Titanium. */
    private static Graph triples(JsonObject document) {
        try {
            return JenaTitanium.convert(JsonLd.toRdf(JsonDocument.of(document)).loader(Vocab.documentLoader()).get())
                    .getDefaultGraph();
        } catch (JsonLdError ex) {
            throw new IllegalStateException("Cannot read back framed JSON-LD: " + ex.getMessage(), ex);
        }
    }

    /** Writes JSON, indented. */
    public static void write(JsonStructure json, OutputStream out) {
        PRETTY.createWriter(out).write(json);
    }

    private static JsonObject frame(Graph graph, List<String> roots, String kind) {
        JsonObjectBuilder frame = Vocab.FRAME_KINDS.contains(kind)
                ? Json.createObjectBuilder(parse(Vocab.frame(kind))).remove("@type")
                : Json.createObjectBuilder(CONTEXT_REFERENCE);
        JsonArrayBuilder ids = Json.createArrayBuilder();
        roots.forEach(ids::add);
        frame.add("@id", ids);
        try {
            return JsonLd.frame(JsonDocument.of(expanded(graph)), JsonDocument.of(frame.build()))
                    .loader(Vocab.documentLoader()).ordered(true).get();
        } catch (JsonLdError ex) {
            throw new IllegalStateException("Cannot frame " + roots + " as JSON-LD: " + ex.getMessage(), ex);
        }
    }

    /** The nodes of a graph, flattened and compacted with the OGP-LD context (without {@code @context}). */
    public static List<JsonObject> compact(Graph graph) {
        if (graph.isEmpty()) {
            return List.of();
        }
        try {
            JsonObject compacted = JsonLd.compact(JsonDocument.of(expanded(graph)), JsonDocument.of(CONTEXT_REFERENCE))
                    .loader(Vocab.documentLoader()).ordered(true).get();
            JsonValue graphMember = compacted.get("@graph");
            if (graphMember instanceof JsonArray array) {
                return array.stream().map(JsonValue::asJsonObject).toList();
            }
            return List.of(withoutContext(compacted));
        } catch (JsonLdError ex) {
            throw new IllegalStateException("Cannot compact JSON-LD: " + ex.getMessage(), ex);
        }
    }

    private static JsonArray expanded(Graph graph) throws JsonLdError {
        return JsonLd.fromRdf(RdfDocument.of(JenaTitanium.convert(DatasetGraphFactory.wrap(graph))))
                .ordered(true).get();
    }

    private static JsonObject withoutContext(JsonObject object) {
        JsonObjectBuilder copy = Json.createObjectBuilder(object).remove("@context");
        return copy.build();
    }

    private static Set<Node> blankNodesBelow(Graph graph, Set<Node> roots) {
        Set<Node> seen = new HashSet<>();
        Deque<Node> todo = new ArrayDeque<>(roots);
        while (!todo.isEmpty()) {
            graph.find(todo.pop(), Node.ANY, Node.ANY).mapWith(Triple::getObject)
                    .filterKeep(o -> o.isBlank() && seen.add(o)).forEachRemaining(todo::push);
        }
        return seen;
    }

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }
}
