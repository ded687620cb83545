package org.ogpld.endpoint.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ogpld.endpoint.Http;

/**
 * A bounded fuzz run: seeded mutations of valid queries, updates and uploads (the seed and the number of cases
 * can be raised with {@code -Dogpld.fuzz.seed} / {@code -Dogpld.fuzz.cases}; the {@code reliability} profile runs
 * more). Every answer comes within the client's timeout and none is a server error.
 */
class FuzzIT extends ReliabilityServer {

    private static final long SEED = Long.getLong("ogpld.fuzz.seed", 20261125L);
    private static final int CASES = Integer.getInteger("ogpld.fuzz.cases", 300);
    private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(15);

    private static final List<String> QUERIES = List.of(
            "SELECT ?s (COUNT(?o) AS ?n) WHERE { GRAPH ?g { ?s <urn:ex:p> ?o } } GROUP BY ?s ORDER BY DESC(?n) LIMIT 5",
            "PREFIX ex: <urn:ex:> ASK { ?s ex:p ?o FILTER(?o > 1 && regex(str(?s), \"^urn\", \"i\")) }",
            "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o OPTIONAL { ?o ?q ?r } } LIMIT 10",
            "SELECT * { VALUES ?x { 1 2 \"a\"@az } BIND(CONCAT(STR(?x), \"-\") AS ?y) MINUS { ?x ?p ?o } }",
            "DESCRIBE <urn:ex:a>",
            "SELECT ?name { ?s <urn:ex:name> ?name FILTER(langMatches(lang(?name), \"az\")) } OFFSET 1");
    private static final List<String> UPDATES = List.of(
            "PREFIX ex: <urn:ex:> INSERT DATA { GRAPH <urn:fuzz> { ex:a ex:p 1, 2 ; ex:name \"Bakı\"@az } }",
            "DELETE { GRAPH <urn:fuzz> { ?s ?p ?o } } WHERE { GRAPH <urn:fuzz> { ?s ?p ?o FILTER(?o = 2) } }");
    private static final List<String> TURTLE = List.of(
            "@prefix ex: <urn:ex:> .\nex:a ex:p 1, 2 ;\n  ex:name \"Əliməmməd\"@az, \"\"\"long\ntext\"\"\" ;\n"
                    + "  ex:list (1 2 [ ex:q ex:b ]) .\n",
            "<urn:ex:b> <urn:ex:p> \"x\"^^<http://www.w3.org/2001/XMLSchema#string> .\n_:b1 <urn:ex:p> <urn:ex:b> .");

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    Http http;

    @BeforeEach
    void baseData() {
        http = http();
        resetTo(http, "<urn:base> { <urn:ex:a> <urn:ex:p> 1 . <urn:ex:a> <urn:ex:name> \"Bakı\"@az . }");
    }

    @Test
    void mutatedQueriesUpdatesAndUploadsNeverCauseAServerErrorOrAHang() throws Exception {
        Mutator mutator = new Mutator(SEED);
        Map<Integer, Integer> statuses = new TreeMap<>();
        long start = System.nanoTime();
        for (int i = 0; i < CASES; i++) {
            HttpRequest request = request(i, mutator);
            HttpResponse<String> response = send(request, i);
            statuses.merge(response.statusCode(), 1, Integer::sum);
            assertThat(response.statusCode()).as("case %d (seed %d): %s", i, SEED, response.body())
                    .isLessThan(500);
        }
        long ms = Duration.ofNanos(System.nanoTime() - start).toMillis();
        System.out.printf("FuzzIT: %d cases (seed %d) in %d ms, statuses %s%n", CASES, SEED, ms, statuses);
        assertThat(http.send(http.request("/$/ping").GET()).statusCode()).isEqualTo(200);
    }

    private HttpRequest request(int i, Mutator mutator) {
        return switch (i % 3) {
            case 0 -> post("/ogp/query", "application/sparql-query", mutator.mutate(QUERIES.get(i / 3 % QUERIES.size())));
            case 1 -> post("/ogp/update", "application/sparql-update", mutator.mutate(UPDATES.get(i / 3 % UPDATES.size())));
            default -> http.request("/ogp/data?graph=urn:fuzz").timeout(CLIENT_TIMEOUT)
                    .header("Authorization", BEARER).header("Content-Type", "text/turtle")
                    .PUT(HttpRequest.BodyPublishers.ofByteArray(mutator.mutate(TURTLE.get(i / 3 % TURTLE.size()))))
                    .build();
        };
    }

    private HttpRequest post(String path, String contentType, byte[] body) {
        return http.request(path).timeout(CLIENT_TIMEOUT).header("Authorization", BEARER)
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    private HttpResponse<String> send(HttpRequest request, int i) throws IOException, InterruptedException {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException ex) {
            throw new AssertionError("case " + i + " (seed " + SEED + ") hung past " + CLIENT_TIMEOUT, ex);
        }
    }
}
