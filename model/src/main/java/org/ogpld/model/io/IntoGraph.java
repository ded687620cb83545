package org.ogpld.model.io;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;

/**
 * Puts a source's statements into a named graph: RDF's triples (and the default graph of TriG or N-Quads) into the
 * graph its source names, quads keeping theirs; a publication, when it is given a graph of its own, moved there with
 * its description of its graph (its provenance), so that the description names the graph it describes.
 */
public final class IntoGraph {

    private IntoGraph() {
    }

    /** A stream that sends default-graph statements to {@code graph} and every other quad on as it is. */
    public static StreamRDF stream(StreamRDF destination, Node graph) {
        return new StreamRDFWrapper(destination) {
            @Override
            public void triple(Triple triple) {
                super.quad(Quad.create(graph, triple));
            }

            @Override
            public void quad(Quad quad) {
                super.quad(quad.isDefaultGraph() ? Quad.create(graph, quad.asTriple()) : quad);
            }
        };
    }

    /** {@code publication}'s one graph moved to {@code graph}, the old graph's IRI renamed wherever it occurs. */
    static DatasetGraph moved(DatasetGraph publication, Node graph) {
        DatasetGraph moved = DatasetGraphFactory.createTxnMem();
        publication.find().forEachRemaining(q -> moved.add(graph, renamed(q.getSubject(), q.getGraph(), graph),
                q.getPredicate(), renamed(q.getObject(), q.getGraph(), graph)));
        return moved;
    }

    private static Node renamed(Node node, Node from, Node to) {
        return node.equals(from) && !Quad.isDefaultGraph(from) ? to : node;
    }
}
