package org.ogpld.endpoint.catalog;

import java.util.List;
import java.util.Map;

/**
 * A named graph of links the store holds as a link set of its own ({@code graph/reconciliation-links},
 * {@code graph/candidate-links}): its links per predicate and, per pair of source graphs the linked resources are
 * described in, how many links join them.
 *
 * @param graph the graph's IRI
 * @param byPredicate links per link predicate
 * @param pairs the source pairs, each with its links per predicate
 */
record LinksetGraph(String graph, Map<String, Long> byPredicate, List<Pair> pairs) {

    /** Links from resources described in {@code subjects} to resources described in {@code objects}. */
    record Pair(String subjects, String objects, Map<String, Long> byPredicate) {}

    long triples() {
        return byPredicate.values().stream().mapToLong(Long::longValue).sum();
    }
}
