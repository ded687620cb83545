package org.ogpld.endpoint.changes;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.rdfpatch.changes.RDFChangesBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Versions of whole named graphs, the stream's members for bulk writes: a transaction that fills a graph which was
 * empty before it with more resources than {@link #RESOURCES_PER_PAGES} pages hold (the initial load, {@code ogpld
 * load}, a large Graph Store {@code PUT}) publishes one version of that graph instead of one per resource. Such a
 * version stores nothing of its own in the log: its content is the graph's part of the entry's patch, which, the
 * graph having been empty, is the graph after the write.
 */
final class GraphVersions {

    /** A graph is published whole when the write touched more resources in it than this many pages hold. */
    static final int RESOURCES_PER_PAGES = 4;

    private GraphVersions() {
    }

    /** The graphs {@code changes} filled from empty with more than {@code pageSize} × 4 resources. */
    static Set<Node> of(DatasetGraph store, Changes changes, int pageSize) {
        Map<Node, Integer> resources = new HashMap<>();
        for (Quad pair : changes.touched()) {
            if (pair.getSubject().isURI()) {
                resources.merge(pair.getGraph(), 1, Integer::sum);
            }
        }
        Set<Node> whole = new LinkedHashSet<>();
        resources.forEach((graph, count) -> {
            if (count > (long) pageSize * RESOURCES_PER_PAGES
                    && Iter.count(store.find(graph, Node.ANY, Node.ANY, Node.ANY)) == changes.grown(graph)) {
                whole.add(graph);
            }
        });
        return whole;
    }

    /** The content of {@code graph} after the entry whose patch is {@code patch}, which filled it from empty. */
    static List<Triple> content(String patch, Node graph) {
        Graph content = GraphFactory.createDefaultGraph();
        RDFPatchOps.read(new ByteArrayInputStream(patch.getBytes(StandardCharsets.UTF_8))).apply(new RDFChangesBase() {
            @Override
            public void add(Node g, Node s, Node p, Node o) {
                if (graph.equals(g)) {
                    content.add(s, p, o);
                }
            }

            @Override
            public void delete(Node g, Node s, Node p, Node o) {
                if (graph.equals(g)) {
                    content.delete(s, p, o);
                }
            }
        });
        return Iter.toList(content.find());
    }
}
