package org.ogpld.model.publish;

import java.io.OutputStream;
import java.util.Optional;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.ogpld.model.jsonld.JsonLdWriter;

/**
 * Writes a publication's graph in one format: Jena's writers for RDF syntaxes, our streaming {@link JsonLdWriter}
 * for JSON-LD, Titanium for JSON-LD framed with a kind's frame.
 */
final class Writers {

    private Writers() {
    }

    static void write(Model model, String graphName, RdfFormat format, Optional<String> frame, OutputStream out) {
        if (format == RdfFormat.JSONLD && frame.isPresent()) {
            KindFrameWriter.write(model.getGraph(), frame.get(), out);
        } else if (format == RdfFormat.JSONLD) {
            JsonLdWriter.write(model.getGraph(), JsonLdWriter.Layout.FLAT, out);
        } else if (format.quads()) {
            DatasetGraph dataset = DatasetGraphFactory.wrap(model.getGraph());
            DatasetGraph named = DatasetGraphFactory.createGeneral();
            named.addGraph(NodeFactory.createURI(graphName), dataset.getDefaultGraph());
            named.prefixes().putAll(model.getGraph().getPrefixMapping());
            RDFDataMgr.write(out, named, format.jena());
        } else {
            RDFDataMgr.write(out, model, format.jena());
        }
    }
}
