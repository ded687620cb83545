package org.ogpld.endpoint.changes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * Whether a graph's blank nodes can travel inside resource versions. A member carries a resource with the blank
 * nodes it reaches, and a follower replaces that description whole, its blank nodes made anew: this keeps the
 * store's shape only while each blank node hangs below exactly one resource (one incoming link at each step up to
 * an IRI). A blank node no resource reaches (an orphan: ownerless from the start, or left by deleting its owner's
 * link) or one reached twice (shared) would be lost or doubled, so a write that touches such a blank node, before
 * or after it, publishes a version of its whole graph instead ({@link ChangeLog}).
 */
final class BlankOwners {

    private BlankOwners() {
    }

    /**
     * The graphs, other than {@code skip}, in which {@code changes} touched a blank node that was or is now not
     * owned by exactly one resource.
     */
    static Set<Node> irregularGraphs(DatasetGraph store, Changes changes, Set<Node> skip) {
        Set<Node> irregular = new LinkedHashSet<>();
        Map<Node, List<Quad>> deletedByObject = new HashMap<>();
        Map<Node, List<Quad>> deletedByNode = new HashMap<>();
        for (Quad quad : changes.deletedBlankQuads()) {
            deletedByObject.computeIfAbsent(quad.getObject(), o -> new ArrayList<>()).add(quad);
            deletedByNode.computeIfAbsent(quad.getObject(), o -> new ArrayList<>()).add(quad);
            deletedByNode.computeIfAbsent(quad.getSubject(), o -> new ArrayList<>()).add(quad);
        }
        BiFunction<Node, Node, List<Quad>> after = (graph, node) -> Iter.toList(store.find(graph, Node.ANY, Node.ANY,
                node));
        BiFunction<Node, Node, List<Quad>> before = (graph, node) -> {
            List<Quad> incoming = new ArrayList<>(after.apply(graph, node).stream().filter(q -> !changes.isNew(q))
                    .toList());
            deletedByObject.getOrDefault(node, List.of()).stream().filter(q -> q.getGraph().equals(graph))
                    .forEach(incoming::add);
            return incoming;
        };
        for (Quad pair : changes.touched()) {
            Node graph = pair.getGraph();
            Node blank = pair.getSubject();
            if (!blank.isBlank() || skip.contains(graph) || irregular.contains(graph)) {
                continue;
            }
            boolean existsAfter = store.contains(graph, blank, Node.ANY, Node.ANY)
                    || store.contains(graph, Node.ANY, Node.ANY, blank);
            if ((existsAfter && !ownedByOne(graph, blank, after))
                    || (existedBefore(store, changes, graph, blank, deletedByNode)
                            && !ownedByOne(graph, blank, before))) {
                irregular.add(graph);
            }
        }
        return irregular;
    }

    /** Whether every blank node of a resource's description in {@code graph} is linked to once only. */
    static boolean tree(DatasetGraph store, Node graph, List<Triple> description) {
        Set<Node> seen = new HashSet<>();
        for (Triple triple : description) {
            Node object = triple.getObject();
            if (object.isBlank() && seen.add(object) && Iter.count(store.find(graph, Node.ANY, Node.ANY, object)) != 1) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code blank} hangs below exactly one IRI in {@code graph}, one incoming link at each step. */
    private static boolean ownedByOne(Node graph, Node blank, BiFunction<Node, Node, List<Quad>> incoming) {
        Set<Node> visited = new HashSet<>();
        Node node = blank;
        while (visited.add(node)) {
            List<Quad> links = incoming.apply(graph, node);
            if (links.size() != 1) {
                return false;
            }
            node = links.get(0).getSubject();
            if (node.isURI()) {
                return true;
            }
        }
        return false; // a cycle of blank nodes
    }

    /** Whether {@code blank} was in {@code graph} before the transaction (not made by it). */
    private static boolean existedBefore(DatasetGraph store, Changes changes, Node graph, Node blank,
            Map<Node, List<Quad>> deletedByNode) {
        if (deletedByNode.getOrDefault(blank, List.of()).stream().anyMatch(q -> q.getGraph().equals(graph))) {
            return true;
        }
        return Iter.anyMatch(store.find(graph, blank, Node.ANY, Node.ANY), q -> !changes.isNew(q))
                || Iter.anyMatch(store.find(graph, Node.ANY, Node.ANY, blank), q -> !changes.isNew(q));
    }
}
