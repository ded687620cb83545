package org.ogpld.endpoint.browse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.system.Txn;

/**
 * What a browse page must hold, asked of the store by plain SPARQL: every chosen value a join on the facet's pattern,
 * counts by {@code COUNT(DISTINCT ?item)} per value, items by their smallest lower-cased name. The reference the
 * in-memory {@link FacetIndex} is compared with.
 */
final class BrowseOracle {

    private static final String NAMES = "dct:title|schema:name|foaf:name|skos:prefLabel|rdfs:label";

    private final DatasetGraph store;
    private final String itemPrefix;

    BrowseOracle(DatasetGraph store, String itemPrefix) {
        this.store = store;
        this.itemPrefix = itemPrefix;
    }

    long total(Selection selection) {
        return select(selection, "SELECT (COUNT(DISTINCT ?item) AS ?n) WHERE {\n" + where(selection) + "}").stream()
                .mapToLong(row -> ((Number) row.get("n").getLiteralValue()).longValue()).sum();
    }

    List<Node> items(Selection selection, int pageSize) {
        String order = switch (selection.sort()) {
            case "-label" -> "ORDER BY DESC(?key) ?item";
            case "iri" -> "ORDER BY ?item";
            default -> "ORDER BY ?key ?item";
        };
        return select(selection, "SELECT ?item (MIN(LCASE(STR(?name))) AS ?key) WHERE {\n" + where(selection)
                + "OPTIONAL { ?item " + NAMES + " ?name }\n}\nGROUP BY ?item\n" + order + "\nLIMIT " + pageSize
                + " OFFSET " + (long) (selection.page() - 1) * pageSize).stream().map(row -> row.get("item")).toList();
    }

    List<Map.Entry<Node, Long>> counts(Selection selection, Facet facet, int limit) {
        return select(selection, "SELECT ?value (COUNT(DISTINCT ?item) AS ?n) WHERE {\n" + where(selection)
                + "{ " + facet.pattern("c_").replace("?c_value", "?value") + " }\n}\nGROUP BY ?value\n"
                + "ORDER BY DESC(?n) ?value\nLIMIT " + limit).stream()
                .map(row -> Map.entry(row.get("value"), ((Number) row.get("n").getLiteralValue()).longValue()))
                .toList();
    }

    private static String where(Selection selection) {
        StringBuilder where = new StringBuilder(BrowseQueries.items(selection.kind()));
        List<Map.Entry<Facet, Node>> filters = selection.filters();
        for (int i = 0; i < filters.size(); i++) {
            String prefix = "f" + i + "_";
            where.append("{ ").append(filters.get(i).getKey().pattern(prefix)).append(" }\n")
                    .append("FILTER(?").append(prefix).append("value = ?chosen").append(i).append(")\n");
        }
        return where.toString();
    }

    private List<Binding> select(Selection selection, String query) {
        return Txn.calculateRead(store, () -> {
            QueryExecBuilder builder = QueryExec.dataset(store).query(Browsable.PREFIXES + query)
                    .substitution("itemPrefix", NodeFactory.createLiteralString(itemPrefix));
            List<Map.Entry<Facet, Node>> filters = selection.filters();
            for (int i = 0; i < filters.size(); i++) {
                builder.substitution("chosen" + i, filters.get(i).getValue());
            }
            List<Binding> rows = new ArrayList<>();
            try (QueryExec exec = builder.build()) {
                exec.select().forEachRemaining(rows::add);
            }
            return rows;
        });
    }
}
