package org.ogpld.endpoint.browse;

/**
 * One facet of a kind: a SPARQL group pattern that binds {@code ?value} for {@code ?item}. Variables of its own
 * start with {@code ?_}; they are renamed per facet, so that several facets combine in one query.
 *
 * @param id the facet's name in URLs ({@code policy-area=...}) and in message keys ({@code facet.policy-area})
 * @param pattern the pattern, over {@code ?item}, {@code ?value} and {@code ?_...}
 */
record Facet(String id, String pattern) {

    /** The pattern with {@code ?value} as {@code ?{prefix}value} and its own variables as {@code ?{prefix}...}. */
    String pattern(String prefix) {
        return pattern.replace("?value", "?" + prefix + "value").replace("?_", "?" + prefix);
    }
}
