package org.ogpld.endpoint.ld;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.ogpld.endpoint.sparql.RdfOutput;
import org.ogpld.model.jsonld.JsonLdWriter;
import org.ogpld.vocab.Vocab;

/** Writes a description in one of the RDF formats of {@link DocFormat}. */
final class RdfWriting {

    private RdfWriting() {}

    /**
     * Writes {@code graph} as {@code format} to the response (whose status and headers are set by the caller); JSON-LD
     * by the model's {@link JsonLdWriter} referencing the context at {@code context} (this server's copy), parts
     * embedded as the vocabulary's frames embed them.
     */
    static void write(Graph graph, DocFormat format, String context, HttpServletResponse response) {
        response.setContentType(format.contentType());
        try {
            OutputStream out = response.getOutputStream();
            if (format == DocFormat.JSONLD) {
                JsonLdWriter.write(graph, JsonLdWriter.Layout.EMBEDDED, context, out);
            } else {
                graph.getPrefixMapping().setNsPrefixes(Vocab.prefixes());
                if (format == DocFormat.RDFXML) {
                    RdfOutput.rdfXml(out, graph, format.rdfFormat());
                } else {
                    RDFDataMgr.write(out, graph, format.rdfFormat());
                }
            }
            out.flush();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
