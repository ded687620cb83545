package org.ogpld.endpoint.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.ogpld.endpoint.Http;

/** TDB2 stores the process tests start the jar on, and the data and counts the disk-space tests fill them with. */
final class TestStores {

    private static final String PER_GRAPH = "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g";

    private TestStores() {}

    /** A closed store at {@code folder} holding the quad {@code <urn:s> <urn:p> "ə"} in {@code <urn:g>}. */
    static void withOneQuad(Path folder) {
        Dataset dataset = TDB2Factory.connectDataset(folder.toString());
        Txn.executeWrite(dataset, () -> dataset.asDatasetGraph().add(NodeFactory.createURI("urn:g"),
                NodeFactory.createURI("urn:s"), NodeFactory.createURI("urn:p"), NodeFactory.createLiteralString("ə")));
        TDBInternal.expel(dataset.asDatasetGraph());
    }

    /** {@code triples} new N-Triples in {@code name}'s namespace, each with a 300-character literal. */
    static String ntriples(String name, int triples) {
        return IntStream.range(0, triples)
                .mapToObj(i -> "<urn:t:" + name + ":" + i + "> <urn:ex:p> \"" + i + "y".repeat(300) + "\" .\n")
                .collect(Collectors.joining());
    }

    /** Triples per named graph, as the server answers. */
    static Map<String, Long> perGraph(Http http) {
        HttpResponse<String> answer = http.query(PER_GRAPH, "text/csv");
        assertThat(answer.statusCode()).isEqualTo(200);
        return answer.body().lines().skip(1).map(line -> line.split(","))
                .collect(Collectors.toMap(row -> row[0], row -> Long.parseLong(row[1].trim()), (a, b) -> a,
                        TreeMap::new));
    }
}
