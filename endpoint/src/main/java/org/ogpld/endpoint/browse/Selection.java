package org.ogpld.endpoint.browse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * What a browse request selects: a kind, the values chosen per facet (every one must hold), the order and the page.
 * Its URL form is stable: facets in name order, then sort and page, whatever order the request gave them in.
 *
 * @param kind the kind browsed
 * @param chosen facet id to the chosen value: an IRI, or a plain string (a year, {@code true})
 * @param sort {@code label}, {@code -label} (descending) or {@code iri}
 * @param page the page, from 1
 */
record Selection(Browsable kind, Map<String, String> chosen, String sort, int page) {

    static final List<String> SORTS = List.of("label", "-label", "iri");

    Selection {
        chosen = new TreeMap<>(chosen);
        sort = SORTS.contains(sort) ? sort : "label";
        page = Math.max(1, page);
    }

    /** The chosen values as the facets' value nodes, in facet order. */
    List<Map.Entry<Facet, Node>> filters() {
        List<Map.Entry<Facet, Node>> filters = new ArrayList<>();
        kind.facets().forEach(facet -> {
            String value = chosen.get(facet.id());
            if (value != null) {
                filters.add(Map.entry(facet, node(value)));
            }
        });
        return filters;
    }

    /** The query string of this selection with {@code facet} set to {@code value} (null: removed), page 1. */
    public String with(String facet, String value) {
        Map<String, String> next = new TreeMap<>(chosen);
        if (value == null) {
            next.remove(facet);
        } else {
            next.put(facet, value);
        }
        return new Selection(kind, next, sort, 1).query();
    }

    /** The query string of this selection at another page. */
    public String atPage(int other) {
        return new Selection(kind, chosen, sort, other).query();
    }

    /** The query string of this selection in another order, page 1. */
    public String sortedBy(String other) {
        return new Selection(kind, chosen, other, 1).query();
    }

    /** The stable query string: facets by name, then the sort and page where not the defaults. */
    public String query() {
        List<String> parts = new ArrayList<>();
        chosen.forEach((facet, value) -> parts.add(facet + "=" + java.net.URLEncoder.encode(value,
                java.nio.charset.StandardCharsets.UTF_8)));
        if (!sort.equals("label")) {
            parts.add("sort=" + sort);
        }
        if (page > 1) {
            parts.add("page=" + page);
        }
        return String.join("&", parts);
    }

    private static Node node(String value) {
        return value.startsWith("http://") || value.startsWith("https://") || value.startsWith("urn:")
                ? NodeFactory.createURI(value) : NodeFactory.createLiteralString(value);
    }
}
