package org.ogpld.endpoint.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ogpld.endpoint.reliability.TestStores.ntriples;
import static org.ogpld.endpoint.reliability.TestStores.perGraph;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.ogpld.endpoint.Http;

/**
 * A full disk, simulated without mounts: the real jar runs under a file-size limit ({@code ulimit -f}; the JVM
 * ignores {@code SIGXFSZ}, so TDB2's writes fail with {@code IOException: File too large}, as they would with
 * {@code No space left on device}). Writes that run into the limit get 507 (naming the store folder in the log
 * only) and are not applied, except that one failing while it commits may be applied whole; after a restart without the limit the
 * store holds exactly what readers saw: every acknowledged write, and the failed big ones not at all. {@code ogpld load}
 * into a full disk exits with a message and loads nothing, into an existing store or a new one.
 */
@Execution(ExecutionMode.CONCURRENT)
class DiskFullIT {

    /** Above TDB2's 8 MB preallocated index files, below the acknowledged data plus one failing write. */
    private static final int LIMIT_KB = 10 * 1024;
    /** Runs the command after it under the limit. */
    private static final List<String> LIMITED = List.of("bash", "-c",
            "ulimit -f " + LIMIT_KB + " && exec \"$0\" \"$@\"");
    private static final Duration START = Duration.ofSeconds(120);
    /** 50,000 triples with 300-character literals: about 16 MB of new nodes from a 1 KB request. */
    private static final String BIG_UPDATE = """
            INSERT { GRAPH <urn:too-big-update> { ?s <urn:ex:p> ?o } } WHERE {
              VALUES ?a { %s } VALUES ?b { %s } VALUES ?c { 1 2 3 4 5 }
              BIND(IRI(CONCAT("urn:s:", STR(?a), "-", STR(?b), "-", STR(?c))) AS ?s)
              BIND(CONCAT(STR(?a), "-", STR(?b), "-", STR(?c), "%s") AS ?o) }
            """.formatted(hundred(), hundred(), "x".repeat(300));

    @TempDir
    Path temp;

    @Test
    void writesIntoAFullDiskAreRefusedWholeAndAcknowledgedWritesSurviveARestart() throws Exception {
        Path store = temp.resolve("store");
        Map<String, Long> acknowledged = new TreeMap<>();
        Map<String, Long> seen = new TreeMap<>();
        try (EndpointProcess full = EndpointProcess.start(LIMITED, store, temp.resolve("limited.log"),
                "--ogpld.load=", "--ogpld.limits.max-body-size=64MB")) {
            Http http = new Http(full.awaitPort(START));
            for (int i = 0; i < 10; i++) {
                assertThat(http.update("INSERT DATA { GRAPH <urn:ack> { <urn:a:" + i + "> <urn:ex:p> " + i + " } }",
                        ReliabilityServer.BEARER).statusCode()).isEqualTo(204);
            }
            assertThat(put(http, "urn:ack-put", 6_000).statusCode()).isEqualTo(201);
            acknowledged.putAll(Map.of("urn:ack", 10L, "urn:ack-put", 6_000L));

            assertOutOfSpace(http.update(BIG_UPDATE, ReliabilityServer.BEARER), store);
            assertOutOfSpace(put(http, "urn:too-big-put", 40_000), store);
            assertThat(perGraph(http)).as("while the disk is full").isEqualTo(acknowledged);
            // The disk stays full: a small write may fit, be refused, or fail while committing and yet be applied.
            HttpResponse<String> small = http.update("INSERT DATA { GRAPH <urn:ack> { <urn:a:10> <urn:ex:p> 10 } }",
                    ReliabilityServer.BEARER);
            if (small.statusCode() == 204) {
                acknowledged.put("urn:ack", 11L);
            } else {
                assertOutOfSpace(small, store);
            }
            seen.putAll(perGraph(http));
            assertThat(seen).as("after the small write").containsOnlyKeys(acknowledged.keySet())
                    .containsEntry("urn:ack-put", 6_000L);
            assertThat(seen.get("urn:ack")).as("the small write, whole or not at all").isIn(10L, 11L)
                    .isGreaterThanOrEqualTo(acknowledged.get("urn:ack"));
            System.out.printf("DiskFullIT: limit %d KB; 2 big writes refused with 507, then a small one answered %d;"
                    + " acknowledged %s, seen %s%n", LIMIT_KB, small.statusCode(), acknowledged, seen);
        }
        try (EndpointProcess free = EndpointProcess.start(store, temp.resolve("unlimited.log"), "--ogpld.load=")) {
            Http http = new Http(free.awaitPort(START));
            assertThat(perGraph(http)).as("after a restart without the limit: what readers saw").isEqualTo(seen);
            assertThat(http.update(BIG_UPDATE, ReliabilityServer.BEARER).statusCode()).isEqualTo(204);
            assertThat(perGraph(http)).containsEntry("urn:too-big-update", 50_000L).containsAllEntriesOf(acknowledged);
        }
    }

    @Test
    void aBulkLoadIntoAFullDiskExitsWithAMessageAndLoadsNothing() throws Exception {
        Path store = temp.resolve("store");
        TestStores.withOneQuad(store);

        assertLoadRunsOutOfSpace(store);

        Dataset reopened = TDB2Factory.connectDataset(store.toString());
        try {
            assertThat(Txn.calculateRead(reopened, () -> reopened.asDatasetGraph().stream().count())).isEqualTo(1);
        } finally {
            TDBInternal.expel(reopened.asDatasetGraph());
        }
    }

    /**
     * A new store is built aside by TDB2's phased loader, whose node-table thread meets the limit and only logs it:
     * the load notices its threads stalled, reports the cause in one line and leaves no folder behind.
     */
    @Test
    void aBulkLoadIntoANewStoreOnAFullDiskLeavesNoStoreBehind() throws Exception {
        Path store = temp.resolve("new-store");

        assertLoadRunsOutOfSpace(store);

        assertThat(store).doesNotExist();
    }

    /** Runs {@code ogpld load} of about 13 MB of N-Triples into {@code store} under the limit: exit 1, one line. */
    private void assertLoadRunsOutOfSpace(Path store) throws Exception {
        Path data = Files.writeString(temp.resolve("big.nt"), ntriples("urn:load", 40_000));
        Path log = temp.resolve("load.log");
        Process load = new ProcessBuilder(LIMITED.get(0), LIMITED.get(1), LIMITED.get(2), EndpointProcess.java(),
                "-XX:TieredStopAtLevel=1", "-jar", EndpointProcess.JAR.toAbsolutePath().toString(), "load",
                data.toString(), "--store", store.toString()).redirectErrorStream(true).redirectOutput(log.toFile())
                .start();
        assertThat(load.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String output = Files.readString(log);
        assertThat(load.exitValue()).as(output).isEqualTo(1);
        assertThat(output).contains("error: " + store + ": out of space (File too large); nothing was written")
                .doesNotContain("\tat ");
    }

    private static void assertOutOfSpace(HttpResponse<String> response, Path store) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(507);
        assertThat(response.body()).contains("Out of space").contains("File too large")
                .doesNotContain(store.toAbsolutePath().normalize().toString()).containsAnyOf("nothing was changed", "wholly or not at all");
    }

    /** GSP PUT of {@code triples} new triples. */
    private static HttpResponse<String> put(Http http, String graph, int triples) {
        return http.send(http.request("/ogp/data?graph=" + graph).header("Authorization", ReliabilityServer.BEARER)
                .header("Content-Type", "application/n-triples")
                .PUT(HttpRequest.BodyPublishers.ofString(ntriples(graph, triples))));
    }



    private static String hundred() {
        return IntStream.rangeClosed(1, 100).mapToObj(Integer::toString).collect(Collectors.joining(" "));
    }
}
