package org.ogpld.endpoint.changes;

import java.util.Iterator;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;

/**
 * The store as writes see it: every add or delete that changes something is passed to the transaction's
 * {@link Changes}, and the storage default graph (where the log lives) is neither written nor read through it.
 * Queries run on the wrapped TDB2 dataset itself (ARQ hands a plain {@link DatasetGraphWrapper} to the wrapped
 * dataset's query engine), so updates keep TDB2's union default graph in their {@code WHERE}.
 */
final class RecordingDatasetGraph extends DatasetGraphWrapper {

    private volatile Changes changes;

    RecordingDatasetGraph(DatasetGraph store) {
        super(store);
    }

    /** Where the changes of the current write transaction go; {@code null} between transactions. */
    void recordInto(Changes target) {
        this.changes = target;
    }

    @Override
    public void add(Quad quad) {
        if (Quad.isDefaultGraph(quad.getGraph())) {
            throw new UnsupportedOperationException("The store's default graph is the union of its named graphs; "
                    + "write to a named graph");
        }
        if (!get().contains(quad)) {
            get().add(quad);
            current().added(quad);
        }
    }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        add(Quad.create(g, s, p, o));
    }

    @Override
    public void delete(Quad quad) {
        if (!Quad.isDefaultGraph(quad.getGraph()) && get().contains(quad)) {
            get().delete(quad);
            current().deleted(quad);
        }
    }

    @Override
    public void delete(Node g, Node s, Node p, Node o) {
        delete(Quad.create(g, s, p, o));
    }

    @Override
    public void deleteAny(Node g, Node s, Node p, Node o) {
        if (g != null && Quad.isDefaultGraph(g)) {
            return;
        }
        // Collected first: deleting while a TDB2 iterator is open would invalidate it.
        List<Quad> matches = Iter.toList(get().findNG(g, s, p, o));
        matches.forEach(this::delete);
    }

    @Override
    public void removeGraph(Node graph) {
        deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
    }

    @Override
    public void addGraph(Node graph, Graph content) {
        content.find().forEachRemaining(t -> add(Quad.create(graph, t)));
    }

    @Override
    public void clear() {
        deleteAny(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
    }

    @Override
    public Graph getDefaultGraph() {
        return GraphView.createDefaultGraph(this);
    }

    @Override
    public Graph getGraph(Node graph) {
        return GraphView.createNamedGraph(this, graph);
    }

    @Override
    public Graph getUnionGraph() {
        return GraphView.createUnionGraph(this);
    }

    @Override
    public Iterator<Quad> find() {
        return findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
    }

    @Override
    public Iterator<Quad> find(Quad quad) {
        return find(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    @Override
    public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
        if (g != null && Quad.isDefaultGraph(g)) {
            return Iter.empty();
        }
        return get().findNG(g, s, p, o);
    }

    @Override
    public boolean contains(Quad quad) {
        return find(quad).hasNext();
    }

    @Override
    public boolean contains(Node g, Node s, Node p, Node o) {
        return find(g, s, p, o).hasNext();
    }

    @Override
    public boolean isEmpty() {
        return !find().hasNext();
    }

    private Changes current() {
        Changes target = changes;
        if (target == null) {
            throw new IllegalStateException("A write outside a recorded transaction (StoreWrites)");
        }
        return target;
    }
}
