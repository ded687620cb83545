package org.ogpld.endpoint.browse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingComparator;
import org.apache.jena.sparql.engine.binding.BindingFactory;

/**
 * One kind's resources as the store held them at one data version, in memory: each item's sort key and, per facet,
 * the values it has (compressed rows: {@code starts[i]..starts[i+1]} index {@code values}). A browse page is then
 * counted here rather than by one SPARQL query per facet over every item of the kind. Built by
 * {@link FacetIndexBuilder} from the same SPARQL patterns ({@link BrowseQueries}), so that it holds exactly the
 * pairs the queries would; orders follow SPARQL's {@code ORDER BY} (ARQ's {@link BindingComparator}).
 *
 * <p>Memory: per item a node, a key and one {@code int} per facet; per item and value one {@code int}.
 */
final class FacetIndex {

    private static final Var ITEM = Var.alloc("item");
    private static final Var KEY = Var.alloc("key");

    private final long generation;
    private final Node[] items;
    private final Node[] keys;
    private final List<Column> columns;
    private final Map<String, int[]> orders = new ConcurrentHashMap<>();

    /** One facet's values: the distinct values, their rank in SPARQL order, and the values of each item. */
    record Column(Facet facet, Node[] values, int[] rank, Map<Node, Integer> ids, int[] starts, int[] valueIds) {}

    /** What a selection holds: how many items, the page's items, and each facet's values with their counts. */
    record Selected(long total, List<Node> items, Map<Facet, List<Map.Entry<Node, Long>>> counts) {}

    FacetIndex(long generation, Node[] items, Node[] keys, List<Column> columns) {
        this.generation = generation;
        this.items = items;
        this.keys = keys;
        this.columns = columns;
    }

    long generation() {
        return generation;
    }

    /** The items of {@code selection}'s page ({@code pageSize} long) and its facet counts (at most {@code limit}). */
    Selected select(Selection selection, int pageSize, int limit) {
        boolean[] chosen = chosen(selection);
        long total = 0;
        for (boolean in : chosen) {
            total += in ? 1 : 0;
        }
        List<Node> page = new ArrayList<>(pageSize);
        long skip = (long) (selection.page() - 1) * pageSize;
        for (int i : order(selection.sort())) {
            if (chosen[i] && skip-- <= 0 && page.size() < pageSize) {
                page.add(items[i]);
            }
        }
        Map<Facet, List<Map.Entry<Node, Long>>> counts = new LinkedHashMap<>();
        for (Column column : columns) {
            counts.put(column.facet(), counted(column, chosen, limit));
        }
        return new Selected(total, page, counts);
    }

    /** Which items hold every chosen value. */
    private boolean[] chosen(Selection selection) {
        boolean[] chosen = new boolean[items.length];
        Arrays.fill(chosen, true);
        for (Map.Entry<Facet, Node> filter : selection.filters()) {
            Column column = columns.stream().filter(c -> c.facet().equals(filter.getKey())).findFirst().orElseThrow();
            Integer id = column.ids().get(filter.getValue());
            for (int i = 0; i < items.length; i++) {
                chosen[i] &= id != null && has(column, i, id);
            }
        }
        return chosen;
    }

    private static boolean has(Column column, int item, int id) {
        for (int k = column.starts()[item]; k < column.starts()[item + 1]; k++) {
            if (column.valueIds()[k] == id) {
                return true;
            }
        }
        return false;
    }

    /** {@code GROUP BY ?value ORDER BY DESC(COUNT(DISTINCT ?item)) ?value LIMIT limit} over the chosen items. */
    private static List<Map.Entry<Node, Long>> counted(Column column, boolean[] chosen, int limit) {
        int[] counts = new int[column.values().length];
        for (int i = 0; i < chosen.length; i++) {
            if (chosen[i]) {
                for (int k = column.starts()[i]; k < column.starts()[i + 1]; k++) {
                    counts[column.valueIds()[k]]++;
                }
            }
        }
        List<Integer> present = new ArrayList<>();
        for (int v = 0; v < counts.length; v++) {
            if (counts[v] > 0) {
                present.add(v);
            }
        }
        present.sort((a, b) -> counts[a] != counts[b] ? Integer.compare(counts[b], counts[a])
                : Integer.compare(column.rank()[a], column.rank()[b]));
        return present.stream().limit(limit)
                .map(v -> Map.entry(column.values()[v], (long) counts[v])).toList();
    }

    /** The items in the order of {@code sort}, as {@link BrowseQueries#items} orders them; computed once per sort. */
    private int[] order(String sort) {
        return orders.computeIfAbsent(sort, s -> {
            List<SortCondition> conditions = switch (s) {
                case "-label" -> List.of(new SortCondition(KEY, Query.ORDER_DESCENDING),
                        new SortCondition(ITEM, Query.ORDER_ASCENDING));
                case "iri" -> List.of(new SortCondition(ITEM, Query.ORDER_ASCENDING));
                default -> List.of(new SortCondition(KEY, Query.ORDER_ASCENDING),
                        new SortCondition(ITEM, Query.ORDER_ASCENDING));
            };
            Binding[] rows = new Binding[items.length];
            for (int i = 0; i < items.length; i++) {
                rows[i] = keys[i] == null ? BindingFactory.binding(ITEM, items[i])
                        : BindingFactory.binding(ITEM, items[i], KEY, keys[i]);
            }
            BindingComparator comparator = new BindingComparator(conditions);
            return IntStream.range(0, items.length).boxed().sorted((a, b) -> comparator.compare(rows[a], rows[b]))
                    .mapToInt(Integer::intValue).toArray();
        });
    }
}
