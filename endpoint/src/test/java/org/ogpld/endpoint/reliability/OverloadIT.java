package org.ogpld.endpoint.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ogpld.endpoint.Http;
import org.ogpld.endpoint.BusyServer;
import org.ogpld.endpoint.LimitedServer;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Three times more runaway queries than the limit allows: the extra ones are turned away at once with 503 and
 * {@code Retry-After}, the admitted ones are cancelled by the timeout, {@code /$/ping} answers within a second
 * all along, and the server serves normally afterwards.
 */
@LimitedServer
class OverloadIT {

    private static final int LIMIT = 2;
    private static final String RUNAWAY = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void threeHundredTriples() {
        http = new Http(port);
        String triples = IntStream.range(0, 300).mapToObj(i -> "<urn:s" + i + "> <urn:p> " + i + " .")
                .collect(Collectors.joining("\n"));
        http.update("DROP ALL", LimitedServer.BEARER);
        assertThat(http.update("INSERT DATA { GRAPH <urn:g> { " + triples + " } }", LimitedServer.BEARER)
                .statusCode()).isEqualTo(204);
    }

    record Timed(HttpResponse<String> response, Duration took) {}

    private Timed timed(java.util.function.Supplier<HttpResponse<String>> call) {
        long start = System.nanoTime();
        HttpResponse<String> response = call.get();
        return new Timed(response, Duration.ofNanos(System.nanoTime() - start));
    }

    @Test
    void queriesBeyondTheLimitAreTurnedAwayAtOnceWhilePingKeepsAnswering() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(LIMIT * 3 + 1);
        List<CompletableFuture<Timed>> runaways = new ArrayList<>();
        for (int i = 0; i < LIMIT; i++) {
            runaways.add(CompletableFuture.supplyAsync(() -> timed(() -> http.query(RUNAWAY, null)), pool));
        }
        BusyServer.awaitQueriesTurnedAway(http, LIMIT);
        List<CompletableFuture<Timed>> extra = new ArrayList<>();
        for (int i = 0; i < LIMIT * 2; i++) {
            extra.add(CompletableFuture.supplyAsync(() -> timed(() -> http.query(RUNAWAY, null)), pool));
        }
        List<Duration> pings = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            Timed ping = timed(() -> http.send(http.request("/$/ping").GET()));
            assertThat(ping.response().statusCode()).isEqualTo(200);
            pings.add(ping.took());
            return runaways.stream().allMatch(CompletableFuture::isDone);
        });
        for (CompletableFuture<Timed> turnedAway : extra) {
            Timed answer = turnedAway.get();
            assertThat(answer.response().statusCode()).isEqualTo(503);
            assertThat(answer.response().headers().firstValue("Retry-After")).isPresent();
            assertThat(answer.took()).isLessThan(Duration.ofSeconds(1));
        }
        for (CompletableFuture<Timed> runaway : runaways) {
            assertThat(runaway.get().response().statusCode()).isEqualTo(503);
            assertThat(runaway.get().response().body()).contains("timeout");
        }
        pool.shutdown();
        System.out.printf("OverloadIT: %d turned away, %d cancelled, %d pings, slowest %d ms%n", extra.size(),
                runaways.size(), pings.size(), pings.stream().mapToLong(Duration::toMillis).max().orElse(0));
        assertThat(pings).isNotEmpty().allMatch(took -> took.compareTo(Duration.ofSeconds(1)) < 0);
        assertThat(http.query("ASK { <urn:s1> ?p ?o }", "application/sparql-results+json").statusCode())
                .isEqualTo(200);
    }
}
