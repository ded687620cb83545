package org.ogpld.endpoint.sparql;

import java.util.List;

/**
 * A SPARQL update as the protocol delivered it.
 *
 * @param update the update text
 * @param usingGraphs {@code using-graph-uri} values
 * @param usingNamedGraphs {@code using-named-graph-uri} values
 * @param base base IRI for relative IRIs (the endpoint's URL)
 * @param fromForm whether it came as an HTML form ({@code update=})
 */
record UpdateCall(String update, List<String> usingGraphs, List<String> usingNamedGraphs, String base,
        boolean fromForm) {

    UpdateCall {
        usingGraphs = List.copyOf(usingGraphs);
        usingNamedGraphs = List.copyOf(usingNamedGraphs);
    }
}
