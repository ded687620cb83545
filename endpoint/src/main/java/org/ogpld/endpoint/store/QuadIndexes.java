package org.ogpld.endpoint.store;

import java.util.Arrays;
import java.util.Iterator;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;

/**
 * TDB2's quad indexes read by node id, for whole-store counts that must not decode (or cache) every node. Run inside
 * a read transaction.
 */
public final class QuadIndexes {

    /** Told of one triple by node ids. */
    @FunctionalInterface
    public interface TripleVisitor {
        void triple(NodeId subject, NodeId predicate, NodeId object);
    }

    private QuadIndexes() {
    }

    /** The quad index of {@code store} whose order is {@code name} (e.g. {@code SPOG}). */
    public static TupleIndex index(DatasetGraphTDB store, String name) {
        return Arrays.stream(store.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes())
                .filter(index -> index.getName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("The store at " + store.getLocation() + " has no "
                        + name + " quad index"));
    }

    /**
     * Tells {@code visitor} of each triple of the named graphs once, however many graphs hold it (as the union
     * default graph has it), in subject order: one pass over the subject-first index. Returns the number of quads
     * read.
     */
    public static long forEachUnionTriple(DatasetGraphTDB store, TripleVisitor visitor) {
        long quads = 0;
        NodeId s = null;
        NodeId p = null;
        NodeId o = null;
        for (Iterator<Tuple<NodeId>> it = index(store, "SPOG").all(); it.hasNext(); ) {
            Tuple<NodeId> quad = it.next(); // G S P O; in SPOG order a triple's graphs come one after another
            quads++;
            if (!quad.get(1).equals(s) || !quad.get(2).equals(p) || !quad.get(3).equals(o)) {
                s = quad.get(1);
                p = quad.get(2);
                o = quad.get(3);
                visitor.triple(s, p, o);
            }
        }
        return quads;
    }
}
