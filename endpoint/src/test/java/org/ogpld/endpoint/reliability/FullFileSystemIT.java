package org.ogpld.endpoint.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.ogpld.endpoint.reliability.TestStores.ntriples;
import static org.ogpld.endpoint.reliability.TestStores.perGraph;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.ogpld.endpoint.Http;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A store on a 20 MB file system (tmpfs, or ext4 on a loop device; skipped where mounting is not permitted) filled
 * for real: TDB2's memory-mapped indexes then fail with SIGBUS and its journal with {@code ENOSPC}. Every write
 * while the disk is full gets 507 and changes nothing, concurrent writers included, none waiting longer than the
 * update timeout; readers, {@code /$/stats} and the answer cache keep showing exactly what was acknowledged; once
 * space is freed, writes succeed again without a restart; and after a {@code kill -9} and a restart the store holds
 * every acknowledged write and nothing else.
 */
@Execution(ExecutionMode.CONCURRENT)
class FullFileSystemIT {

    private static final Duration START = Duration.ofSeconds(120);
    private static final Duration UPDATE_TIMEOUT = Duration.ofSeconds(10);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path temp;

    @Test
    void everyWriteIntoAFullFileSystemIs507AndWritesResumeWhenSpaceReturns() throws Exception {
        Optional<SmallFileSystem> mounted = SmallFileSystem.mount(temp.resolve("small"), temp, 20);
        assumeTrue(mounted.isPresent(), "neither tmpfs nor a loop-mounted ext4 image can be mounted here (not root?)");
        try (SmallFileSystem disk = mounted.get()) {
            Path store = disk.folder().resolve("store");
            Map<String, Long> acknowledged = new TreeMap<>();
            try (EndpointProcess server = EndpointProcess.start(store, temp.resolve("full.log"), "--ogpld.load=",
                    "--ogpld.limits.max-body-size=64MB",
                    "--ogpld.update.timeout=" + UPDATE_TIMEOUT.toSeconds() + "s")) {
                Http http = new Http(server.awaitPort(START));
                for (int i = 0; i < 5; i++) {
                    assertThat(insert(http, "urn:ack", i).statusCode()).isEqualTo(204);
                }
                acknowledged.put("urn:ack", 5L);
                Path reserve = disk.fill("reserve", 4 << 20);

                int graphs = fillWithGraphs(http, acknowledged, store);
                Path rest = disk.fill("rest", Long.MAX_VALUE);
                System.out.printf("FullFileSystemIT: %s; %d graphs of 5,000 triples acknowledged, the next one 507;"
                        + " %d bytes left%n", disk.kind(), graphs, disk.usableBytes());

                List<Duration> waits = writesWhileFull(http, store);
                assertThat(perGraph(http)).as("readers while full").isEqualTo(acknowledged);
                assertThat(perGraph(http)).as("the same answer from the cache").isEqualTo(acknowledged);
                assertThat(statsTriples(http)).isEqualTo(total(acknowledged));

                Files.delete(reserve);
                Files.delete(rest);
                assertThat(insert(http, "urn:ack", 5).statusCode()).as("once space is back").isEqualTo(204);
                assertThat(put(http, "urn:after", 1_000).statusCode()).isEqualTo(201);
                acknowledged.put("urn:ack", 6L);
                acknowledged.put("urn:after", 1_000L);
                assertThat(perGraph(http)).as("readers, no stale cached answer").isEqualTo(acknowledged);
                assertThat(statsTriples(http)).isEqualTo(total(acknowledged));
                System.out.printf("FullFileSystemIT: while full, %d writes all 507, longest %d ms (timeout %d s);"
                        + " after freeing space an update and a PUT succeeded%n", waits.size(),
                        waits.stream().mapToLong(Duration::toMillis).max().orElseThrow(), UPDATE_TIMEOUT.toSeconds());
                server.crash();
            }
            try (EndpointProcess restarted = EndpointProcess.start(store, temp.resolve("restarted.log"),
                    "--ogpld.load=")) {
                Http http = new Http(restarted.awaitPort(START));
                assertThat(perGraph(http)).as("after kill -9 and a restart").isEqualTo(acknowledged);
            }
        }
    }

    /** PUTs graphs of 5,000 triples until one gets 507 (the first failure on a full disk); returns how many fit. */
    private static int fillWithGraphs(Http http, Map<String, Long> acknowledged, Path store) {
        for (int i = 0; i < 40; i++) {
            HttpResponse<String> answer = put(http, "urn:g" + i, 5_000);
            if (answer.statusCode() != 201) {
                assertOutOfSpace(answer, store);
                System.out.println("FullFileSystemIT: first failing PUT: " + answer.body().strip());
                return i;
            }
            acknowledged.put("urn:g" + i, 5_000L);
        }
        throw new AssertionError("40 graphs fitted in 20 MB");
    }

    /** Writes of each kind, then four at once: every one 507, none longer than the update timeout. */
    private static List<Duration> writesWhileFull(Http http, Path store) throws Exception {
        List<Supplier<HttpResponse<String>>> writes = List.of(() -> put(http, "urn:g0", 5_000),
                () -> put(http, "urn:new", 10), () -> insert(http, "urn:ack", 100),
                () -> http.update("DROP GRAPH <urn:g0>", ReliabilityServer.BEARER),
                () -> http.send(http.request("/ogp/data?graph=urn:g0").header("Authorization",
                        ReliabilityServer.BEARER).DELETE()),
                () -> http.send(http.request("/ogp/data?graph=urn:ack").header("Authorization",
                        ReliabilityServer.BEARER).header("Content-Type", "application/n-triples")
                        .POST(HttpRequest.BodyPublishers.ofString("<urn:s> <urn:p> \"post\" .\n"))));
        List<Duration> waits = new ArrayList<>();
        for (Supplier<HttpResponse<String>> write : writes) {
            waits.add(timed(write, store));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Duration>> concurrent = IntStream.range(0, 4)
                    .mapToObj(i -> pool.submit(() -> timed(() -> insert(http, "urn:ack", 200 + i), store))).toList();
            for (Future<Duration> wait : concurrent) {
                waits.add(wait.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(waits).allSatisfy(wait -> assertThat(wait).isLessThan(UPDATE_TIMEOUT));
        return waits;
    }

    private static Duration timed(Supplier<HttpResponse<String>> write, Path store) {
        long start = System.nanoTime();
        HttpResponse<String> answer = write.get();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertOutOfSpace(answer, store);
        return took;
    }

    private static void assertOutOfSpace(HttpResponse<String> response, Path store) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(507);
        assertThat(response.body()).contains("Out of space")
                .doesNotContain(store.toAbsolutePath().normalize().toString())
                .contains("nothing was changed");
    }

    private static HttpResponse<String> insert(Http http, String graph, int value) {
        return http.update("INSERT DATA { GRAPH <" + graph + "> { <urn:s:" + value + "> <urn:ex:p> " + value
                + " } }", ReliabilityServer.BEARER);
    }

    /** GSP PUT of {@code triples} new triples, each with a 300-character literal. */
    private static HttpResponse<String> put(Http http, String graph, int triples) {
        String body = ntriples(graph, triples);
        return http.send(http.request("/ogp/data?graph=" + graph).header("Authorization", ReliabilityServer.BEARER)
                .header("Content-Type", "application/n-triples").PUT(HttpRequest.BodyPublishers.ofString(body)));
    }


    private static long statsTriples(Http http) {
        HttpResponse<String> answer = http.send(http.request("/$/stats/ogp"));
        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode stats = JSON.readTree(answer.body());
        return stats.get("triples").asLong();
    }

    private static long total(Map<String, Long> perGraph) {
        return perGraph.values().stream().mapToLong(Long::longValue).sum();
    }
}
