package org.ogpld.endpoint.store;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.ogpld.endpoint.OgpldProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads any RDF file RIOT knows by its extension. Quads keep their graphs; triples, and the default graph of a
 * TriG file, go into the named graph {@code {base}graph/{slug of the file name}}, or the one the entry names.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class RdfFileLoader implements DatasetLoader {

    private final String base;

    RdfFileLoader(OgpldProperties properties) {
        this.base = properties.base();
    }

    @Override
    public boolean supports(LoadSource source) {
        return RDFLanguages.filenameToLang(source.fileName()) != null;
    }

    @Override
    public void load(LoadSource source, DatasetGraph target) {
        Lang lang = RDFLanguages.filenameToLang(source.fileName());
        Node graph = NodeFactory.createURI(source.graph()
                .orElse(base + "graph/" + FileSlugs.slug(source.fileName())));
        StreamRDF sink = new IntoGraph(StreamRDFLib.dataset(target), graph);
        try (InputStream in = open(source)) {
            SafeParsing.parse(lang, source.resource().getURI().toString(), in, sink);
        } catch (RiotException | IOException ex) {
            throw new StoreLoadException(source + ": " + ex.getMessage(), ex);
        }
    }

    private static InputStream open(LoadSource source) throws IOException {
        InputStream in = source.resource().getInputStream();
        return source.hasExtension(".gz") ? new GZIPInputStream(in) : in;
    }

    /** Sends default-graph data to the file's own named graph. */
    private static final class IntoGraph extends StreamRDFWrapper {
        private final Node graph;

        IntoGraph(StreamRDF other, Node graph) {
            super(other);
            this.graph = graph;
        }

        @Override
        public void triple(Triple triple) {
            super.quad(Quad.create(graph, triple));
        }

        @Override
        public void quad(Quad quad) {
            super.quad(quad.isDefaultGraph() ? Quad.create(graph, quad.asTriple()) : quad);
        }
    }
}
