package org.ogpld.bench.browse;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.ogpld.bench.process.Server;
import org.ogpld.bench.query.QueryLoad.Stats;
import org.ogpld.bench.report.Table;

/**
 * Latency of our facet pages: {@code /browse/commitment} as HTML with 0, 1 and 3 facets, one client. Each
 * selection is asked twice: first computed (total, page of items and every facet's counts by SPARQL), then again,
 * answered from the pages the server keeps until the data changes. Warm-up requests use the other language, so
 * they compute pages the measured requests never ask for.
 */
public final class BrowseBenchmark {

    private static final List<Integer> FACETS = List.of(0, 1, 3);
    private static final String OGP = "https://w3id.org/ogp-ld/ns#";

    private final int requests;
    private final int warmup;

    /** At most {@code requests} measured selections per facet count, after {@code warmup} requests. */
    public BrowseBenchmark(int requests, int warmup) {
        this.requests = requests;
        this.warmup = warmup;
    }

    /** Measures the server, holding the data of scale factor {@code scale}, and returns the table. */
    public Table run(Server server, String scale) {
        BrowseRequests paths = sample(server.queryEndpoint());
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        Table table = new Table("Facet pages: /browse/commitment latency (SF " + scale + ", HTML, 1 client, ms)",
                "facets", "selections", "computed p50", "computed p99", "kept p50", "kept p99", "errors");
        for (int facets : FACETS) {
            int n = Math.min(requests, paths.distinct(facets));
            for (int i = 0; i < Math.min(warmup, paths.distinct(facets)); i++) {
                get(http, server.uri(paths.path(facets, i, "az")));
            }
            Stats computed = measure(http, server, paths, facets, n);
            Stats kept = measure(http, server, paths, facets, Math.min(n, 256));
            table.row(facets, n, computed.percentile(50), computed.percentile(99), kept.percentile(50),
                    kept.percentile(99), computed.errors() + kept.errors());
        }
        return table.note("Facets: 1 = member; 3 = member, policy area and OGP value (combinations that commitments "
                + "have). Computed: each selection asked once (distinct page, sort or facet values); kept: the first "
                + "selections asked again, which the server answers from the pages it keeps.");
    }

    private static Stats measure(HttpClient http, Server server, BrowseRequests paths, int facets, int n) {
        double[] latencies = new double[n];
        int ok = 0;
        int errors = 0;
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            if (get(http, server.uri(paths.path(facets, i, "en")))) {
                latencies[ok++] = (System.nanoTime() - t0) / 1e6;
            } else {
                errors++;
            }
        }
        double[] sorted = Arrays.copyOf(latencies, ok);
        Arrays.sort(sorted);
        return new Stats(ok, errors, (System.nanoTime() - start) / 1e9, sorted);
    }

    private static boolean get(HttpClient http, URI uri) {
        HttpRequest request = HttpRequest.newBuilder(uri).header("Accept", "text/html")
                .timeout(Duration.ofSeconds(120)).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static BrowseRequests sample(URI endpoint) {
        long commitments = ((Number) select(endpoint, "SELECT (COUNT(*) AS ?n) WHERE { ?c a <" + OGP
                + "Commitment> }").get(0).get("n").getLiteralValue()).longValue();
        List<String> members = select(endpoint, "SELECT DISTINCT ?m WHERE { ?c <" + OGP + "actionPlan>/<" + OGP
                + "submittedBy> ?m } ORDER BY ?m LIMIT 1000").stream().map(row -> row.get("m").getURI()).toList();
        List<BrowseRequests.Triple> triples = new ArrayList<>(select(endpoint, "SELECT DISTINCT ?m ?a ?v WHERE { ?c <"
                + OGP + "actionPlan>/<" + OGP + "submittedBy> ?m ; <" + OGP + "policyArea> ?a ; <" + OGP
                + "relevantValue> ?v } ORDER BY ?m ?a ?v LIMIT 5000").stream()
                .map(row -> new BrowseRequests.Triple(row.get("m").getURI(), row.get("a").getURI(),
                        row.get("v").getURI())).toList());
        // Spread the combinations over the members rather than taking all of the first members'.
        Collections.shuffle(triples, new Random(42));
        return new BrowseRequests((int) Math.max(1, (commitments + 49) / 50), members, triples);
    }

    private static List<Binding> select(URI endpoint, String query) {
        try (QueryExec exec = QueryExecHTTP.service(endpoint.toString()).query(query).build()) {
            List<Binding> rows = new ArrayList<>();
            exec.select().forEachRemaining(rows::add);
            return rows;
        }
    }
}
