package org.ogpld.bench.replication;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The resources and graphs written, drawn once from the writer's data.
 *
 * @param resources (graph, subject) pairs of typed resources
 * @param graphs    named graphs, shuffled
 */
record Workload(List<String[]> resources, List<String> graphs) {

    static Workload sample(WriterClient client, Random random) {
        List<String[]> resources = client.select("SELECT ?g ?s WHERE { GRAPH ?g { ?s a ?type } FILTER(isIRI(?s)) }"
                + " LIMIT 20000", row -> new String[] {row.getResource("g").getURI(),
                    row.getResource("s").getURI()});
        List<String> graphs = new ArrayList<>(client.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }",
                row -> row.getResource("g").getURI()));
        if (resources.isEmpty() || graphs.isEmpty()) {
            throw new IllegalStateException("the writer's store holds no named graph with typed resources");
        }
        Collections.shuffle(resources, random);
        Collections.shuffle(graphs, random);
        return new Workload(resources, graphs);
    }

    String[] resource(int n) {
        return resources.get(n % resources.size());
    }

    String graph(int n) {
        return graphs.get(n % graphs.size());
    }
}
