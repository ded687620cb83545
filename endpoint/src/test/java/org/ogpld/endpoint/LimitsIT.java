package org.ogpld.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Runaway queries: the timeout (3 s here) cancels them for real, a client may lower it but not raise it, the
 * server keeps answering ping meanwhile, and queries beyond the concurrency limit are turned away with 503.
 */
@LimitedServer
class LimitsIT {

    /** Four-way cross product of 300 triples: 8.1e9 rows to count, far beyond any timeout. */
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
        assertThat(http.update("INSERT DATA { GRAPH <urn:g> { " + triples + " } }", LimitedServer.BEARER).statusCode())
                .isEqualTo(204);
    }

    @Test
    void clientTimeoutLowersTheLimitAndCancelsTheQuery() {
        long start = System.nanoTime();
        HttpResponse<String> response = http.query(RUNAWAY, null, "timeout=0.5");
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("timeout");
        assertThat(took).isLessThan(Duration.ofMillis(2500));
        assertThat(http.send(http.request("/$/metrics").GET()).body()).contains("ogpld_query_timeouts_total");
    }

    @Test
    void clientTimeoutCannotRaiseTheLimit() {
        long start = System.nanoTime();
        HttpResponse<String> response = http.query(RUNAWAY, null, "timeout=600");
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(took).isBetween(Duration.ofMillis(2500), Duration.ofSeconds(20));
    }

    @Test
    void pingAnswersWithinASecondWhileARunawayQueryRuns() throws Exception {
        CompletableFuture<HttpResponse<String>> runaway =
                CompletableFuture.supplyAsync(() -> http.query(RUNAWAY, null));
        BusyServer.awaitActive(http, 1);
        long start = System.nanoTime();
        HttpResponse<String> ping = http.send(http.request("/$/ping").GET());
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(ping.statusCode()).isEqualTo(200);
        assertThat(took).isLessThan(Duration.ofSeconds(1));
        assertThat(runaway.get().statusCode()).isEqualTo(503);
    }

    @Test
    void runawayUpdateIsCancelledAndChangesNothing() {
        HttpResponse<String> response = http.update("INSERT { GRAPH <urn:x> { ?a <urn:q> ?l } } WHERE { "
                + "?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }", LimitedServer.BEARER);
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("nothing was changed");
        assertThat(http.query("ASK { GRAPH <urn:x> { ?s ?p ?o } }", "application/sparql-results+json").body())
                .contains("false");
    }

    @Test
    void queriesBeyondTheConcurrencyLimitGet503WithRetryAfter() throws Exception {
        CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(() -> http.query(RUNAWAY, null));
        CompletableFuture<HttpResponse<String>> second = CompletableFuture.supplyAsync(() -> http.query(RUNAWAY, null));
        HttpResponse<String> third = BusyServer.awaitQueriesTurnedAway(http, 2);
        assertThat(third.headers().firstValue("Retry-After")).isPresent();
        assertThat(first.get().statusCode()).isEqualTo(503);
        assertThat(second.get().statusCode()).isEqualTo(503);
        assertThat(http.query("ASK {}", null).statusCode()).isEqualTo(200);
    }
}
