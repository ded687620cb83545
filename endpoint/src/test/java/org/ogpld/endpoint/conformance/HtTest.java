package org.ogpld.endpoint.conformance;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One test of a W3C SPARQL 1.1 manifest.
 *
 * @param name the local name of the test IRI (e.g. {@code query_post_form})
 * @param title {@code mf:name}
 * @param graphData {@code ut:graphData}: file to load, keyed by graph name
 * @param requests the requests to replay in order
 */
record HtTest(String name, String title, Map<String, Path> graphData, List<HtRequest> requests) {

    @Override
    public String toString() {
        return name;
    }
}
