package org.ogpld.endpoint.browse;

/**
 * The SPARQL behind a kind's {@link FacetIndex}: its items with their sort keys, and per facet the pairs of item and
 * value. Both run over the items of the kind under this publication's IRIs ({@code ?itemPrefix}, substituted by the
 * executor), so a selection's counts are those of {@code COUNT(DISTINCT ?item)} over the same patterns.
 */
final class BrowseQueries {

    private static final String NAMES = "dct:title|schema:name|foaf:name|skos:prefLabel|rdfs:label";

    private BrowseQueries() {}

    /** The pattern every query shares: items of the kind, under this publication's IRIs. */
    static String items(Browsable kind) {
        return "?item a <" + kind.type() + "> .\nFILTER(STRSTARTS(STR(?item), ?itemPrefix))\n";
    }

    /** Every item with the key pages order it by: its smallest name in lower case (unbound when it has none). */
    static String keys(Browsable kind) {
        return Browsable.PREFIXES + "SELECT ?item (MIN(LCASE(STR(?name))) AS ?key) WHERE {\n" + items(kind)
                + "OPTIONAL { ?item " + NAMES + " ?name }\n}\nGROUP BY ?item";
    }

    /** Every distinct pair of item and value of {@code facet}. */
    static String pairs(Browsable kind, Facet facet) {
        return Browsable.PREFIXES + "SELECT DISTINCT ?item ?value WHERE {\n" + items(kind)
                + "{ " + facet.pattern("c_").replace("?c_value", "?value") + " }\n}";
    }
}
