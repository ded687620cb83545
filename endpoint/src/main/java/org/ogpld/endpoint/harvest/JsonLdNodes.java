package org.ogpld.endpoint.harvest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.ogpld.model.jsonld.JsonLdWriter;
import org.ogpld.vocab.Vocab;

/**
 * The node objects of a graph as the model's {@link JsonLdWriter} writes them (the OGP-LD context's terms,
 * parts embedded in their owners), for documents that hold more than one writer's output: harvest pages and the
 * JSON-LD dump.
 */
final class JsonLdNodes {

    private static final JsonWriterFactory PRETTY =
            Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

    private JsonLdNodes() {}

    /**
     * The members of the {@code @graph} the model's writer writes for {@code graph}, to go in a document that
     * references the OGP-LD context.
     *
     * @throws IllegalStateException naming an IRI that no document referencing the context can state (its scheme
     *     is a prefix of the context), rather than writing nodes that processors would read as other IRIs
     */
    static List<JsonValue> of(Graph graph) {
        if (graph.isEmpty()) {
            return List.of();
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        JsonLdWriter.write(graph, JsonLdWriter.Layout.EMBEDDED, buffer);
        JsonObject document = Json.createReader(new ByteArrayInputStream(buffer.toByteArray())).readObject();
        if (!document.containsKey("@context")) {
            throw new IllegalStateException("cannot write <" + JsonLdWriter.misreadUnderContext(graph).orElseThrow()
                    + "> in JSON-LD that references " + Vocab.CONTEXT_IRI + ": its scheme is a prefix there, so "
                    + "every processor would read it as a compact IRI; the N-Quads dump states it");
        }
        return document.getJsonArray("@graph");
    }

    /** Writes JSON, indented. */
    static void write(JsonStructure json, OutputStream out) {
        PRETTY.createWriter(out).write(json);
    }
}
