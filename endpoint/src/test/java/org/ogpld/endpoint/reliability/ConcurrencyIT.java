package org.ogpld.endpoint.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ogpld.endpoint.Http;

/**
 * Eight readers and one writer for a bounded time ({@code -Dogpld.reliability.seconds}, 8 s by default; the
 * {@code reliability} profile runs longer). The writer moves one unit between two accounts per update (their sum
 * stays 100) and replaces a graph of {@value #PUT_SIZE} triples, all of one generation, per GSP PUT. Every read
 * must see those invariants; no request may fail.
 */
class ConcurrencyIT extends ReliabilityServer {

    private static final int READERS = 8;
    private static final int PUT_SIZE = 50;
    private static final Duration RUN = Duration.ofSeconds(Long.getLong("ogpld.reliability.seconds", 8));
    private static final String SUM = "SELECT (SUM(?v) AS ?sum) (COUNT(?v) AS ?n) "
            + "{ GRAPH <urn:bank> { ?acct <urn:ex:balance> ?v } }";
    private static final String GENERATIONS = "SELECT (COUNT(*) AS ?n) (COUNT(DISTINCT ?gen) AS ?gens) "
            + "{ GRAPH <urn:put> { ?s <urn:ex:gen> ?gen } }";
    private static final String MOVE = "DELETE { GRAPH <urn:bank> { <urn:acct:a> <urn:ex:balance> ?a . "
            + "<urn:acct:b> <urn:ex:balance> ?b } } INSERT { GRAPH <urn:bank> { <urn:acct:a> <urn:ex:balance> ?a2 . "
            + "<urn:acct:b> <urn:ex:balance> ?b2 } } WHERE { GRAPH <urn:bank> { <urn:acct:a> <urn:ex:balance> ?a . "
            + "<urn:acct:b> <urn:ex:balance> ?b } BIND(?a - %1$d AS ?a2) BIND(?b + %1$d AS ?b2) }";

    private final AtomicLong reads = new AtomicLong();
    private final AtomicLong writes = new AtomicLong();
    private final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
    Http http;

    @BeforeEach
    void accounts() {
        http = http();
        resetTo(http, "<urn:bank> { <urn:acct:a> <urn:ex:balance> 60 . <urn:acct:b> <urn:ex:balance> 40 . }\n"
                + "<urn:put> {" + generation(0) + "}");
    }

    private static String generation(int gen) {
        return IntStream.range(0, PUT_SIZE).mapToObj(i -> "<urn:ex:s" + i + "> <urn:ex:gen> " + gen + " .")
                .collect(Collectors.joining("\n"));
    }

    @Test
    void readersAlwaysSeeTheWritersInvariantsAndNothingFails() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(READERS + 1);
        long deadline = System.nanoTime() + RUN.toNanos();
        List<Future<?>> tasks = new ArrayList<>();
        tasks.add(pool.submit(() -> write(deadline)));
        for (int r = 0; r < READERS; r++) {
            int reader = r;
            tasks.add(pool.submit(() -> read(reader, deadline)));
        }
        for (Future<?> task : tasks) {
            task.get(RUN.toSeconds() + 60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        System.out.printf("ConcurrencyIT: %d reads, %d writes in %s, %d errors%n", reads.get(), writes.get(), RUN,
                errors.size());
        assertThat(errors).isEmpty();
        assertThat(writes.get()).isPositive();
        assertThat(reads.get()).isGreaterThan(writes.get());
        assertThat(csvRow(http.query(SUM, "text/csv"))).isEqualTo("100,2");
    }

    private void write(long deadline) {
        for (int i = 1; System.nanoTime() < deadline && errors.isEmpty(); i++) {
            HttpResponse<String> answer = i % 2 == 0
                    ? http.update(String.format(MOVE, i % 7 - 3), BEARER)
                    : http.send(http.request("/ogp/data?graph=urn:put").header("Authorization", BEARER)
                            .header("Content-Type", "text/turtle")
                            .PUT(HttpRequest.BodyPublishers.ofString(generation(i))));
            check(answer, Set.of(200, 201, 204), "write " + i);
            writes.incrementAndGet();
        }
    }

    private void read(int reader, long deadline) {
        for (int i = 0; System.nanoTime() < deadline && errors.isEmpty(); i++) {
            switch ((reader + i) % 4) {
                case 0 -> expect(http.query(SUM, "text/csv"), "100,2");
                case 1 -> expect(http.query(GENERATIONS, "text/csv"), PUT_SIZE + ",1");
                case 2 -> {
                    HttpResponse<String> graph = http.send(http.request("/ogp/data?graph=urn:put")
                            .header("Accept", "application/n-triples").GET());
                    check(graph, Set.of(200), "GSP GET");
                    Set<String> gens = graph.body().lines().map(l -> l.replaceAll(".*> (\\S+) \\.$", "$1"))
                            .collect(Collectors.toSet());
                    if (graph.body().lines().count() != PUT_SIZE || gens.size() != 1) {
                        errors.add("GSP GET saw a mixed graph: " + gens);
                    }
                }
                default -> check(http.query("CONSTRUCT { ?s ?p ?o } { ?s ?p ?o } LIMIT 20", "text/turtle"),
                        Set.of(200), "CONSTRUCT");
            }
            reads.incrementAndGet();
        }
    }

    private void expect(HttpResponse<String> answer, String row) {
        check(answer, Set.of(200), "query");
        if (answer.statusCode() == 200 && !csvRow(answer).equals(row)) {
            errors.add("expected " + row + " but read " + csvRow(answer));
        }
    }

    private void check(HttpResponse<String> answer, Set<Integer> ok, String what) {
        if (!ok.contains(answer.statusCode())) {
            errors.add(what + " answered " + answer.statusCode() + ": " + answer.body());
        }
    }

    private static String csvRow(HttpResponse<String> answer) {
        return answer.body().lines().skip(1).findFirst().orElse("").trim();
    }
}
