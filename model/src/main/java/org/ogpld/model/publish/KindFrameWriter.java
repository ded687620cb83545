package org.ogpld.model.publish;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.serialization.QuadsToJsonld;
import com.apicatalog.rdf.api.RdfConsumerException;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.OutputStream;
import java.io.StringReader;
import java.util.Iterator;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.ogpld.model.jsonld.JsonLdWriter;
import org.ogpld.vocab.Vocab;

/**
 * JSON-LD 1.1 framed with the vocabulary's frame for one kind, by Titanium's framing algorithm: the graph's triples
 * feed Titanium's RDF-to-JSON-LD algorithm directly, then the result is framed. The frame and its context come from
 * {@link Vocab#documentLoader()}, which never goes to the network. Titanium is slow on large graphs (about 20 s for
 * 100,000 triples here), so unframed output uses the streaming {@link JsonLdWriter} instead.
 */
final class KindFrameWriter {

    private KindFrameWriter() {
    }

    static void write(Graph graph, String frameKind, OutputStream out) {
        try {
            JsonObject result = JsonLd.frame(JsonDocument.of(expand(graph)),
                            JsonDocument.of(new StringReader(Vocab.frame(frameKind))))
                    .loader(Vocab.documentLoader()).ordered(true).get();
            try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                    .createWriter(out)) {
                writer.writeObject(referencingContext(result));
            }
        } catch (JsonLdError e) {
            throw new IllegalStateException("JSON-LD processing failed: " + e.getMessage(), e);
        }
    }

    /**
     * Titanium inlines the context it framed with; publish the reference instead, as aggregators expect. Nothing
     * framed is an empty {@code @graph}: a document of a context alone is an empty node object, which jsonld.js's
     * safe mode rejects.
     */
    private static JsonObject referencingContext(JsonObject document) {
        JsonObjectBuilder result = Json.createObjectBuilder(document).add("@context", Vocab.CONTEXT_IRI);
        if (document.keySet().stream().allMatch("@context"::equals)) {
            result.add("@graph", JsonValue.EMPTY_JSON_ARRAY);
        }
        return result.build();
    }

    /** The graph as expanded JSON-LD, in Titanium's deterministic order. */
    private static JsonArray expand(Graph graph) throws JsonLdError {
        QuadsToJsonld consumer = JsonLd.fromRdf().ordered(true);
        try {
            for (Iterator<Triple> it = graph.find(); it.hasNext(); ) {
                Triple t = it.next();
                Node o = t.getObject();
                if (o.isLiteral()) {
                    String lang = o.getLiteralLanguage();
                    consumer.quad(term(t.getSubject()), term(t.getPredicate()), o.getLiteralLexicalForm(),
                            lang.isEmpty() ? o.getLiteralDatatypeURI() : RDF.langString.getURI(),
                            lang.isEmpty() ? null : lang, null, null);
                } else {
                    consumer.quad(term(t.getSubject()), term(t.getPredicate()), term(o), null, null, null, null);
                }
            }
        } catch (RdfConsumerException e) {
            throw new IllegalStateException("could not pass a triple to Titanium: " + e.getMessage(), e);
        }
        return consumer.toJsonLd();
    }

    private static String term(Node node) {
        return node.isBlank() ? "_:" + node.getBlankNodeLabel() : node.getURI();
    }
}
