package org.ogpld.endpoint.browse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingComparator;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * Reads a kind's {@link FacetIndex} from the store: one query for the items and their keys, one per facet for its
 * pairs of item and value (call inside a read transaction, so that all see one data version).
 */
final class FacetIndexBuilder {

    private static final Var VALUE = Var.alloc("value");

    private final DatasetGraph store;
    private final String itemPrefix;
    private final long timeoutMillis;

    /**
     * @param store the store, in a read transaction
     * @param itemPrefix the IRIs the kind's items start with ({@code {base}id/{kind}/})
     * @param timeoutMillis each query's timeout
     */
    FacetIndexBuilder(DatasetGraph store, String itemPrefix, long timeoutMillis) {
        this.store = store;
        this.itemPrefix = itemPrefix;
        this.timeoutMillis = timeoutMillis;
    }

    FacetIndex build(Browsable kind, long generation) {
        List<Node> items = new ArrayList<>();
        List<Node> keys = new ArrayList<>();
        for (Binding row : select(BrowseQueries.keys(kind))) {
            items.add(row.get("item"));
            keys.add(row.get("key"));
        }
        Map<Node, Integer> position = new HashMap<>(items.size() * 2);
        for (int i = 0; i < items.size(); i++) {
            position.put(items.get(i), i);
        }
        List<FacetIndex.Column> columns = new ArrayList<>();
        for (Facet facet : kind.facets()) {
            columns.add(column(kind, facet, position));
        }
        return new FacetIndex(generation, items.toArray(Node[]::new), keys.toArray(Node[]::new), columns);
    }

    /** The facet's values per item, as compressed rows: pairs read in any order, counted per item, then placed. */
    private FacetIndex.Column column(Browsable kind, Facet facet, Map<Node, Integer> position) {
        Map<Node, Integer> ids = new HashMap<>();
        List<Node> values = new ArrayList<>();
        int[] starts = new int[position.size() + 1];
        int[] pairs = new int[64];
        int size = 0;
        for (Binding row : select(BrowseQueries.pairs(kind, facet))) {
            Node value = row.get("value");
            Integer item = position.get(row.get("item"));
            if (value == null || item == null) {
                continue;
            }
            int id = ids.computeIfAbsent(value, v -> {
                values.add(v);
                return values.size() - 1;
            });
            if (size + 2 > pairs.length) {
                pairs = Arrays.copyOf(pairs, pairs.length * 2);
            }
            pairs[size++] = item;
            pairs[size++] = id;
            starts[item + 1]++;
        }
        for (int i = 1; i < starts.length; i++) {
            starts[i] += starts[i - 1];
        }
        int[] valueIds = new int[size / 2];
        int[] next = Arrays.copyOf(starts, starts.length - 1);
        for (int k = 0; k < size; k += 2) {
            valueIds[next[pairs[k]]++] = pairs[k + 1];
        }
        return new FacetIndex.Column(facet, values.toArray(Node[]::new), ranks(values), Map.copyOf(ids), starts,
                valueIds);
    }

    /** Each value's place in {@code ORDER BY ?value}, by ARQ's own comparison. */
    private static int[] ranks(List<Node> values) {
        BindingComparator comparator = new BindingComparator(
                List.of(new SortCondition(VALUE, Query.ORDER_ASCENDING)));
        Binding[] rows = values.stream().map(v -> BindingFactory.binding(VALUE, v)).toArray(Binding[]::new);
        Integer[] sorted = new Integer[rows.length];
        Arrays.setAll(sorted, i -> i);
        Arrays.sort(sorted, Comparator.comparing(i -> rows[i], comparator));
        int[] rank = new int[rows.length];
        for (int r = 0; r < sorted.length; r++) {
            rank[sorted[r]] = r;
        }
        return rank;
    }

    private List<Binding> select(String query) {
        try (QueryExec exec = QueryExec.dataset(store).query(query).timeout(timeoutMillis, TimeUnit.MILLISECONDS)
                .substitution("itemPrefix", NodeFactory.createLiteralString(itemPrefix)).build()) {
            List<Binding> rows = new ArrayList<>();
            exec.select().forEachRemaining(rows::add);
            return rows;
        }
    }
}
