package org.ogpld.endpoint.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedWriter;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.ogpld.endpoint.Http;

/**
 * {@code kill -9} of the real jar in the middle of a stream of updates and in the middle of the initial load,
 * then a restart on the same TDB2 folder: every acknowledged update is there, and the load is all or nothing.
 * Sizes grow with {@code -Dogpld.crash.quads} / {@code -Dogpld.crash.updates} (the {@code reliability}
 * profile). The kill comes after a number of acknowledged updates, not after a time, so that a busy machine
 * makes the test slower, never empty.
 */
@Execution(ExecutionMode.CONCURRENT)
class CrashIT {

    private static final Duration START = Duration.ofMinutes(5);
    private static final int QUADS = Integer.getInteger("ogpld.crash.quads", 100_000);
    private static final int UPDATES = Integer.getInteger("ogpld.crash.updates", 80);
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }";

    @TempDir
    Path temp;

    @Test
    void everyAcknowledgedUpdateSurvivesAKillDuringAStreamOfUpdates() throws Exception {
        Path store = temp.resolve("store");
        Set<Integer> acknowledged = new HashSet<>();
        AtomicInteger sent = new AtomicInteger();
        try (EndpointProcess first = EndpointProcess.start(store, temp.resolve("first.log"), "--ogpld.load=")) {
            Http http = new Http(first.awaitPort(START));
            Thread writer = new Thread(() -> stream(http, sent, acknowledged));
            writer.start();
            await().atMost(START).until(() -> acknowledgedCount(acknowledged) >= UPDATES || !writer.isAlive());
            first.crash();
            writer.join(30_000);
        }
        try (EndpointProcess second = EndpointProcess.start(store, temp.resolve("second.log"), "--ogpld.load=")) {
            Http http = new Http(second.awaitPort(START));
            Set<Integer> present = numbers(http);
            System.out.printf("CrashIT: %d updates sent, %d acknowledged before kill -9, %d present after restart%n",
                    sent.get(), acknowledged.size(), present.size());
            assertThat(acknowledged).isNotEmpty();
            assertThat(present).containsAll(acknowledged);
            // Only the update in flight at the kill may have committed without its acknowledgement reaching us.
            assertThat(present.size()).isBetween(acknowledged.size(), acknowledged.size() + 1);
            assertThat(count(http)).isEqualTo(present.size());
        }
    }

    private static int acknowledgedCount(Set<Integer> acknowledged) {
        synchronized (acknowledged) {
            return acknowledged.size();
        }
    }

    private static void stream(Http http, AtomicInteger sent, Set<Integer> acknowledged) {
        for (int i = 0; ; i++) {
            sent.set(i + 1);
            try {
                HttpResponse<String> answer = http.update("INSERT DATA { GRAPH <urn:crash> { <urn:u:" + i
                        + "> <urn:ex:n> " + i + " } }", ReliabilityServer.BEARER);
                if (answer.statusCode() != 204) {
                    return;
                }
                synchronized (acknowledged) {
                    acknowledged.add(i);
                }
            } catch (RuntimeException connectionLost) {
                return;
            }
        }
    }

    @Test
    void aKillDuringTheInitialLoadLeavesNoPartialLoad() throws Exception {
        Path store = temp.resolve("store");
        Path data = bigNQuads(temp.resolve("big.nq"));
        String load = "--ogpld.load=" + data.toAbsolutePath();
        try (EndpointProcess first = EndpointProcess.start(store, temp.resolve("first.log"), load)) {
            first.awaitLog(Pattern.compile("Store: TDB2 at"), START);
            Thread.sleep(800);
            first.crash();
        }
        try (EndpointProcess reopened = EndpointProcess.start(store, temp.resolve("second.log"), "--ogpld.load=")) {
            long afterCrash = count(new Http(reopened.awaitPort(START)));
            assertThat(afterCrash).as("after kill -9 during the load").isIn(0L, (long) QUADS);
            System.out.printf("CrashIT: load of %d quads killed; after restart the store held %d%n", QUADS,
                    afterCrash);
        }
        try (EndpointProcess third = EndpointProcess.start(store, temp.resolve("third.log"), load)) {
            assertThat(count(new Http(third.awaitPort(START)))).isEqualTo(QUADS);
        }
    }

    private static Path bigNQuads(Path file) throws Exception {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < QUADS; i++) {
                out.write("<urn:s:" + i + "> <urn:ex:p> \"" + i + "\" <urn:g:" + i % 10 + "> .\n");
            }
        }
        return file;
    }

    private static long count(Http http) {
        HttpResponse<String> answer = http.query(COUNT, "text/csv");
        assertThat(answer.statusCode()).isEqualTo(200);
        return Long.parseLong(answer.body().lines().skip(1).findFirst().orElseThrow().trim());
    }

    private static Set<Integer> numbers(Http http) {
        HttpResponse<String> answer = http.query("SELECT ?n { GRAPH <urn:crash> { ?s <urn:ex:n> ?n } }", "text/csv");
        assertThat(answer.statusCode()).isEqualTo(200);
        Set<Integer> numbers = new HashSet<>();
        answer.body().lines().skip(1).forEach(line -> numbers.add(Integer.parseInt(line.trim())));
        return numbers;
    }
}
