package org.ogpld.endpoint.browse;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;

/**
 * The SPARQL behind a browse page. Chosen values are never written into the text: each is a variable
 * ({@code ?chosen0}...) that the executor substitutes with the value node.
 */
final class BrowseQueries {

    private static final String NAMES = "dct:title|schema:name|foaf:name|skos:prefLabel|rdfs:label";

    private BrowseQueries() {}

    /** The pattern every query shares: items of the kind, under this publication's IRIs, with the filters. */
    static String where(Selection selection) {
        StringBuilder where = new StringBuilder("?item a <" + selection.kind().type() + "> .\n"
                + "FILTER(STRSTARTS(STR(?item), ?itemPrefix))\n");
        List<Map.Entry<Facet, Node>> filters = selection.filters();
        for (int i = 0; i < filters.size(); i++) {
            String prefix = "f" + i + "_";
            where.append("{ ").append(filters.get(i).getKey().pattern(prefix)).append(" }\n")
                    .append("FILTER(?").append(Facet.valueVar(prefix)).append(" = ?chosen").append(i).append(")\n");
        }
        return where.toString();
    }

    /** How many items the selection holds. */
    static String total(Selection selection) {
        return Browsable.PREFIXES + "SELECT (COUNT(DISTINCT ?item) AS ?n) WHERE {\n" + where(selection) + "}";
    }

    /** One page of items, with the key they are ordered by. */
    static String items(Selection selection, int pageSize) {
        String order = switch (selection.sort()) {
            case "-label" -> "ORDER BY DESC(?key) ?item";
            case "iri" -> "ORDER BY ?item";
            default -> "ORDER BY ?key ?item";
        };
        return Browsable.PREFIXES + "SELECT ?item (MIN(LCASE(STR(?name))) AS ?key) WHERE {\n" + where(selection)
                + "OPTIONAL { ?item " + NAMES + " ?name }\n}\nGROUP BY ?item\n" + order + "\nLIMIT " + pageSize
                + " OFFSET " + (long) (selection.page() - 1) * pageSize;
    }

    /** The values of {@code facet} among the selection's items, with how many items have each, largest first. */
    static String counts(Selection selection, Facet facet, int limit) {
        return Browsable.PREFIXES + "SELECT ?value (COUNT(DISTINCT ?item) AS ?n) WHERE {\n" + where(selection)
                + "{ " + facet.pattern("c_").replace("?c_value", "?value") + " }\n}\nGROUP BY ?value\n"
                + "ORDER BY DESC(?n) ?value\nLIMIT " + limit;
    }
}
