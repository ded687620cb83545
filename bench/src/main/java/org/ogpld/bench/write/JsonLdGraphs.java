package org.ogpld.bench.write;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.rdf.api.RdfQuadConsumer;
import java.io.InputStream;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.ogpld.vocab.Vocab;

/**
 * Reads JSON-LD into a Jena graph by JSON-LD expansion to RDF with Titanium and the vocabulary's document loader,
 * which serves our context from the classpath and refuses every other URL: no network, whatever the document
 * references. The context as a server under test publishes it on loopback ({@code {public-url}ns/context.jsonld},
 * e.g. {@code http://localhost:PORT/ns/context.jsonld}) is served from the classpath too.
 */
public final class JsonLdGraphs {

    private static final String CONTEXT_PATH = "/ns/context.jsonld";
    private static final DocumentLoader LOADER = (url, options) -> Vocab.documentLoader().loadDocument(
            servedOnLoopback(url) ? URI.create(Vocab.CONTEXT_IRI) : url, options);

    private JsonLdGraphs() {
    }

    /** The triples of every graph of the JSON-LD document (named graphs merged). */
    public static Graph read(InputStream in) {
        Graph graph = GraphFactory.createDefaultGraph();
        Map<String, Node> blanks = new HashMap<>();
        try {
            JsonLd.toRdf(JsonDocument.of(in)).loader(LOADER)
                    .provide((s, p, o, datatype, language, direction, g) -> {
                        graph.add(node(s, blanks), node(p, blanks), datatype == null ? node(o, blanks)
                                : language != null ? NodeFactory.createLiteralLang(o, language)
                                : NodeFactory.createLiteralDT(o, TypeMapper.getInstance().getSafeTypeByName(datatype)));
                        return (RdfQuadConsumer) null;
                    });
        } catch (JsonLdError e) {
            throw new IllegalArgumentException("not valid JSON-LD: " + e.getMessage(), e);
        }
        return graph;
    }

    private static boolean servedOnLoopback(URI url) {
        return "http".equals(url.getScheme()) && CONTEXT_PATH.equals(url.getPath())
                && ("localhost".equals(url.getHost()) || "127.0.0.1".equals(url.getHost()));
    }

    private static Node node(String term, Map<String, Node> blanks) {
        return RdfQuadConsumer.isBlank(term) ? blanks.computeIfAbsent(term, k -> NodeFactory.createBlankNode())
                : NodeFactory.createURI(term);
    }
}
