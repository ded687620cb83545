package org.ogpld.endpoint.sparql;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.ogpld.vocab.Vocab;

/**
 * JSON-LD graphs compacted with the OGP-LD context ({@code "@context": "https://w3id.org/ogp-ld/ns/context.jsonld"}),
 * so that clients see the vocabulary's short terms. Jena writes the graph as JSON-LD, Titanium compacts it; the
 * context comes from the classpath through the vocabulary's document loader, never from the network.
 */
final class JsonLdCompaction {

    /** A context document that refers to the OGP-LD context, so the output names it instead of inlining it. */
    private static final String BY_REFERENCE = "{\"@context\": \"" + Vocab.CONTEXT_IRI + "\"}";

    private JsonLdCompaction() {}

    static void write(Graph graph, OutputStream out) {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        RDFDataMgr.write(plain, graph, RDFFormat.JSONLD11_FLAT);
        JsonObject compacted;
        try {
            compacted = JsonLd.compact(JsonDocument.of(new ByteArrayInputStream(plain.toByteArray())),
                            JsonDocument.of(new StringReader(BY_REFERENCE)))
                    .loader(Vocab.documentLoader())
                    .get();
        } catch (JsonLdError ex) {
            throw new IllegalStateException("JSON-LD compaction with the OGP-LD context failed: " + ex.getMessage(),
                    ex);
        }
        // "@context" first, where readers look for it.
        JsonObjectBuilder ordered = Json.createObjectBuilder();
        if (compacted.containsKey("@context")) {
            ordered.add("@context", compacted.get("@context"));
        }
        compacted.forEach((key, value) -> {
            if (!key.equals("@context")) {
                ordered.add(key, value);
            }
        });
        try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(out)) {
            writer.writeObject(ordered.build());
        }
    }
}
