package org.ogpld.endpoint.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * Adds a publication's dataset to the store, in the graph its {@link LoadSource} names if it names one: the
 * statements move to that graph, and the publication's description of its own graph (its provenance) describes the
 * new one.
 */
final class IntoGraph {

    private IntoGraph() {
    }

    static void add(DatasetGraph publication, LoadSource source, DatasetGraph target) {
        if (source.graph().isEmpty()) {
            publication.find().forEachRemaining(target::add);
            return;
        }
        Node graph = NodeFactory.createURI(source.graph().get());
        publication.find().forEachRemaining(q -> target.add(graph, renamed(q.getSubject(), q.getGraph(), graph),
                q.getPredicate(), renamed(q.getObject(), q.getGraph(), graph)));
    }

    private static Node renamed(Node node, Node from, Node to) {
        return node.equals(from) && !Quad.isDefaultGraph(from) ? to : node;
    }
}
