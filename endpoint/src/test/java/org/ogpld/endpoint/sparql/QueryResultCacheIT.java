package org.ogpld.endpoint.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ogpld.endpoint.CredentialedServer;
import org.ogpld.endpoint.Http;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Kept query answers: kept from a request's second sight, served again while the data is unchanged (the cache's
 * hit counter proves it), recomputed as soon as a write commits, kept per response format, never kept when they
 * may differ between runs, and sent whole when too big to keep (64 KB of cache here, so at most 8 KB an answer).
 */
@CredentialedServer
class QueryResultCacheIT {

    private static final String COUNT = "SELECT (COUNT(*) AS ?n) { GRAPH <urn:g> { ?s ?p ?o } }";
    private static final String CSV = "text/csv";

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void oneTriple() {
        http = new Http(port);
        http.update("DROP ALL", CredentialedServer.BEARER);
        insert("<urn:s0> <urn:p> 0 .");
    }

    private void insert(String triples) {
        assertThat(http.update("INSERT DATA { GRAPH <urn:g> { " + triples + " } }", CredentialedServer.BEARER)
                .statusCode()).isEqualTo(204);
    }

    private String csv(String query) {
        HttpResponse<String> response = http.query(query, CSV);
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private long gets(String result) {
        String metrics = http.send(http.request("/actuator/prometheus")).body();
        Matcher matcher = Pattern.compile("cache_gets_total\\{cache=\"ogpld.query.answers\",[^}]*result=\""
                + result + "\"[^}]*} (\\S+)").matcher(metrics);
        assertThat(matcher.find()).as("cache_gets_total{result=%s} in %s", result, metrics).isTrue();
        return (long) Double.parseDouble(matcher.group(1));
    }

    @Test
    void aRepeatedQueryIsAnsweredFromTheCacheUntilAWriteCommits() {
        String once = csv(COUNT);
        assertThat(csv(COUNT)).as("seen twice: computed again, and kept").isEqualTo(once);
        long hits = gets("hit");
        assertThat(csv(COUNT)).isEqualTo(once).isEqualTo("n\r\n1\r\n");
        assertThat(gets("hit")).isEqualTo(hits + 1);

        insert("<urn:s1> <urn:p> 1 .");
        long misses = gets("miss");
        assertThat(csv(COUNT)).isEqualTo("n\r\n2\r\n");
        assertThat(gets("miss")).isEqualTo(misses + 1);
    }

    @Test
    void anAnswerIsKeptFromTheSecondTimeItsRequestIsSeen() {
        String query = "SELECT (COUNT(*) AS ?seen) { GRAPH <urn:g> { ?s ?p ?o } }";
        long hits = gets("hit");
        csv(query);
        csv(query);
        assertThat(gets("hit")).as("a request seen once costs no copy of its answer").isEqualTo(hits);
        csv(query);
        assertThat(gets("hit")).isEqualTo(hits + 1);
    }

    @Test
    void eachResponseFormatHasItsOwnAnswer() {
        String query = "SELECT ?o { GRAPH <urn:g> { ?s ?p ?o } }";
        for (int round = 0; round < 3; round++) {
            assertThat(http.query(query, "application/sparql-results+json").body()).contains("\"bindings\"");
            assertThat(http.query(query, "application/sparql-results+xml").body()).contains("<sparql");
            assertThat(http.query(query, CSV).body()).isEqualTo("o\r\n0\r\n");
        }
    }

    @Test
    void answersThatMayDifferBetweenRunsAreNotKept() {
        String query = "SELECT (STRUUID() AS ?id) (RAND() AS ?r) {}";
        assertThat(csv(query)).isNotEqualTo(csv(query));
        assertThat(csv("SELECT (NOW() AS ?t) (BNODE() AS ?b) (UUID() AS ?u) {}"))
                .isNotEqualTo(csv("SELECT (NOW() AS ?t) (BNODE() AS ?b) (UUID() AS ?u) {}"));
    }

    @Test
    void anAnswerTooBigToKeepIsStillSentWhole() {
        insert(IntStream.range(1, 500).mapToObj(i -> "<urn:s" + i + "> <urn:p> \"value number " + i + "\" .")
                .collect(Collectors.joining(" ")));
        String query = "SELECT ?s ?o { GRAPH <urn:g> { ?s ?p ?o } } ORDER BY ?s";
        long misses = gets("miss");
        String first = csv(query);
        String second = csv(query);
        assertThat(first.length()).isGreaterThan(8 * 1024);
        assertThat(second).isEqualTo(first);
        assertThat(first.lines().count()).isEqualTo(501);
        assertThat(gets("miss")).isEqualTo(misses + 2);
    }
}
