package org.ogpld.endpoint.search;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The statements of some properties, in every graph of a store (the storage default graph included), as
 * {@code find(ANY, ANY, property, ANY)} gives them, for rebuilding the text index. From TDB2 they are read off its
 * predicate-first indexes and decoded by the node table under TDB2's node cache: a rebuild reads every label of the
 * store once, and through the cache it would leave them all (up to the cache's bound) on the heap of the server it
 * runs in. Run inside a read transaction.
 */
final class IndexedStatements {

    private IndexedStatements() {}

    /** Gives {@code action} each statement of each of {@code properties} in {@code store}. */
    static void forEach(DatasetGraph store, List<Node> properties, Consumer<Quad> action) {
        if (!TDBInternal.isTDB2(store)) {
            properties.forEach(p -> store.find(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining(action));
            return;
        }
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(store);
        // The triple and quad tables share one node table.
        NodeTable nodes = tdb.getQuadTable().getNodeTupleTable().getNodeTable().baseNodeTable();
        Map<NodeId, Node> graphs = new HashMap<>();
        for (Node property : properties) {
            NodeId p = nodes.getNodeIdForNode(property);
            if (NodeId.isDoesNotExist(p)) {
                continue;
            }
            Iterator<Tuple<NodeId>> triples = tdb.getTripleTable().getNodeTupleTable().getTupleTable()
                    .find(TupleFactory.create3(NodeId.NodeIdAny, p, NodeId.NodeIdAny));
            while (triples.hasNext()) {
                Tuple<NodeId> t = triples.next(); // S P O
                action.accept(Quad.create(Quad.defaultGraphIRI, node(nodes, t.get(0)), property,
                        node(nodes, t.get(2))));
            }
            Iterator<Tuple<NodeId>> quads = tdb.getQuadTable().getNodeTupleTable().getTupleTable()
                    .find(TupleFactory.create4(NodeId.NodeIdAny, NodeId.NodeIdAny, p, NodeId.NodeIdAny));
            while (quads.hasNext()) {
                Tuple<NodeId> q = quads.next(); // G S P O
                Node graph = graphs.computeIfAbsent(q.get(0), id -> node(nodes, id));
                action.accept(Quad.create(graph, node(nodes, q.get(1)), property, node(nodes, q.get(3))));
            }
        }
    }

    private static Node node(NodeTable nodes, NodeId id) {
        return id.isInline() ? NodeId.extract(id) : nodes.getNodeForNodeId(id);
    }
}
