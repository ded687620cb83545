package org.ogpld.endpoint.sparql;

import java.time.Duration;
import java.util.List;

/**
 * A SPARQL query as the protocol delivered it.
 *
 * @param query the query text
 * @param defaultGraphs {@code default-graph-uri} values
 * @param namedGraphs {@code named-graph-uri} values
 * @param base base IRI for relative IRIs in the query (the endpoint's URL)
 * @param timeout the client's {@code timeout}, or null
 * @param format Fuseki's {@code format=} / {@code output=} override, or null
 * @param accept the {@code Accept} header, or null
 */
record QueryRequest(String query, List<String> defaultGraphs, List<String> namedGraphs, String base,
        Duration timeout, String format, String accept) {

    QueryRequest {
        defaultGraphs = List.copyOf(defaultGraphs);
        namedGraphs = List.copyOf(namedGraphs);
    }
}
