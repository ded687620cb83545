package org.ogpld.endpoint.sparql;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.irix.IRIException;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.shared.InvalidPropertyURIException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.ogpld.endpoint.EndpointException;
import org.ogpld.model.jsonld.JsonLdWriter;
import org.springframework.http.HttpHeaders;

/**
 * Writes RDF to a response: straight from an iterator for the streaming syntaxes (Turtle blocks, N-Triples,
 * TriG blocks, N-Quads), through an in-memory graph only for RDF/XML and JSON-LD whose writers need one.
 */
public final class RdfOutput {

    private RdfOutput() {}

    /** Sets status 200, {@code Content-Type} and {@code Vary: Accept}; the body follows. */
    public static void startResponse(HttpServletResponse response, OutputFormat format) {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(format.contentType());
        response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
    }

    /**
     * Writes triples, counting them; returns the count. JSON-LD references the OGP-LD context at {@code context}
     * (this server's copy, {@link org.ogpld.endpoint.PublicUrl#context()}).
     */
    public static long triples(OutputStream out, OutputFormat format, Iterator<Triple> triples, PrefixMap prefixes,
            String context) throws IOException {
        if (format.streaming()) {
            return stream(out, format, prefixes, triples, StreamRDF::triple);
        }
        Graph graph = GraphFactory.createDefaultGraph();
        graph.getPrefixMapping().setNsPrefixes(prefixes.getMapping());
        long count = drain(triples, graph::add);
        graph(out, format, graph, context);
        out.flush();
        return count;
    }

    /**
     * Writes a whole graph with a writer that needs one (RDF/XML; JSON-LD, compacted with the OGP-LD context,
     * referenced at {@code context}).
     */
    public static void graph(OutputStream out, OutputFormat format, Graph graph, String context) {
        if (format.lang().equals(OutputFormat.JSONLD.lang())) {
            // Streamed in the vocabulary's framed shape; Titanium compaction cost most of a CONSTRUCT's time.
            JsonLdWriter.write(graph, JsonLdWriter.Layout.EMBEDDED, context, out);
        } else if (format.lang().equals(Lang.RDFXML)) {
            rdfXml(out, graph, format.rdfFormat());
        } else {
            RDFDataMgr.write(out, graph, format.rdfFormat());
        }
    }

    /**
     * Writes {@code graph} as RDF/XML, or refuses with 406 (before writing anything: the writer sets up its
     * namespaces first) when a predicate cannot be an XML element name, such as {@code <urn:p>}.
     */
    public static void rdfXml(OutputStream out, Graph graph, RDFFormat format) {
        try {
            RDFDataMgr.write(out, graph, format);
        } catch (IRIException | InvalidPropertyURIException ex) {
            throw EndpointException.notAcceptable("This graph cannot be written as RDF/XML: a predicate IRI cannot "
                    + "be split into an XML namespace and element name (" + ex.getMessage() + "); ask for Turtle "
                    + "(text/turtle), N-Triples or JSON-LD");
        }
    }

    /** Writes quads, counting them; returns the count. */
    public static long quads(OutputStream out, OutputFormat format, Iterator<Quad> quads, PrefixMap prefixes)
            throws IOException {
        if (format.streaming()) {
            return stream(out, format, prefixes, quads, StreamRDF::quad);
        }
        DatasetGraph dataset = DatasetGraphFactory.create();
        dataset.prefixes().putAll(prefixes);
        long count = drain(quads, dataset::add);
        RDFDataMgr.write(out, dataset, format.rdfFormat());
        out.flush();
        return count;
    }

    /** Streams {@code items} through a streaming writer as they come. */
    private static <T> long stream(OutputStream out, OutputFormat format, PrefixMap prefixes, Iterator<T> items,
            BiConsumer<StreamRDF, T> send) throws IOException {
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, format.rdfFormat());
        stream.start();
        prefixes.forEach(stream::prefix);
        long count = drain(items, item -> send.accept(stream, item));
        stream.finish();
        out.flush();
        return count;
    }

    private static <T> long drain(Iterator<T> items, Consumer<T> sink) {
        long count = 0;
        while (items.hasNext()) {
            sink.accept(items.next());
            count++;
        }
        return count;
    }
}
