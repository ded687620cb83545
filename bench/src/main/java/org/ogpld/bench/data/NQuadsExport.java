package org.ogpld.bench.data;

import java.io.OutputStream;
import java.util.Iterator;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.ogpld.model.Iris;
import org.ogpld.model.Publication;
import org.ogpld.model.rdf.PublicationMapping;

/**
 * Writes generated publications as N-Quads, one publication at a time: each is mapped by the model's
 * {@link PublicationMapping} into its own graph, written, and dropped, so memory does not grow with the scale.
 */
public final class NQuadsExport {

    private final PublicationMapping mapping;

    public NQuadsExport(Iris iris) {
        this.mapping = new PublicationMapping(iris);
    }

    /**
     * Writes every publication of {@code generator} to {@code out} (not closed).
     *
     * @return how many quads were written
     */
    public long write(Generator generator, OutputStream out) {
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
        stream.start();
        long quads = 0;
        for (int i = 0; i < generator.size(); i++) {
            Publication publication = generator.publication(i);
            Node graph = NodeFactory.createURI(mapping.graphName(publication));
            Model model = mapping.toModel(publication);
            for (Iterator<Triple> it = model.getGraph().find(); it.hasNext(); quads++) {
                Triple t = it.next();
                stream.quad(org.apache.jena.sparql.core.Quad.create(graph, t));
            }
        }
        stream.finish();
        return quads;
    }
}
