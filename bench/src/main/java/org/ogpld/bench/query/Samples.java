package org.ogpld.bench.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;

/**
 * The resources the query templates ask about, read once from the store before measuring (in a stable order, so
 * the same data gives the same requests).
 */
public record Samples(List<String> persons, List<String> members, List<String> commitments,
                      List<String> organisers, List<String> events) {

    private static final List<String> NAME_FRAGMENTS = List.of("həmzə", "nuri", "əli", "gül", "şük", "çələ", "öz",
            "yıl", "gonz", "müll", "ağa", "ov ", "ceyhun", "nərmin", "ülv");
    /** How far each kind's sample moves from one request to the next: steps prime to the lists spread the picks. */
    private static final long PERSON_STEP = 7;
    private static final long MEMBER_STEP = 3;
    private static final long COMMITMENT_STEP = 11;
    private static final long ORGANISER_STEP = 5;
    private static final long EVENT_STEP = 13;

    /** Reads samples through the SPARQL endpoint {@code endpoint}. */
    public static Samples read(URI endpoint) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        return new Samples(
                column(client, endpoint, "SELECT DISTINCT ?x WHERE { ?x a <http://www.w3.org/ns/person#Person> } ORDER BY ?x LIMIT 500"),
                column(client, endpoint, "SELECT DISTINCT ?x WHERE { ?x a <https://w3id.org/ogp-ld/ns#OgpMember> } ORDER BY ?x LIMIT 200"),
                column(client, endpoint, "SELECT ?x WHERE { ?x a <https://w3id.org/ogp-ld/ns#Commitment> } ORDER BY ?x LIMIT 500"),
                column(client, endpoint, "SELECT DISTINCT ?x WHERE { ?e <https://schema.org/organizer> ?x } ORDER BY ?x LIMIT 200"),
                column(client, endpoint, "SELECT ?x WHERE { ?x a <http://data.europa.eu/m8g/PublicEvent> } ORDER BY ?x LIMIT 500"));
    }

    String person(long i) {
        return at(persons, i * PERSON_STEP);
    }

    String member(long i) {
        return at(members, i * MEMBER_STEP);
    }

    String commitment(long i) {
        return at(commitments, i * COMMITMENT_STEP);
    }

    String organiser(long i) {
        return at(organisers, i * ORGANISER_STEP);
    }

    String event(long i) {
        return at(events, i * EVENT_STEP);
    }

    String nameFragment(long i) {
        return at(NAME_FRAGMENTS, i);
    }

    /**
     * How many consecutive samples it takes for every template's parameters to come round again: the least common
     * multiple of each kind's cycle (a list of {@code n} values stepped through {@code k} at a time repeats after
     * {@code n / gcd(k, n)}). Requests {@code i} and {@code i + cycle() × mix size} are the same request.
     */
    public long cycle() {
        long cycle = 1;
        for (long period : new long[] {period(persons, PERSON_STEP), period(members, MEMBER_STEP),
                period(commitments, COMMITMENT_STEP), period(organisers, ORGANISER_STEP), period(events, EVENT_STEP),
                period(NAME_FRAGMENTS, 1)}) {
            cycle = cycle / gcd(cycle, period) * period;
        }
        return cycle;
    }

    private static long period(List<String> values, long step) {
        return values.isEmpty() ? 1 : values.size() / gcd(step, values.size());
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    private static String at(List<String> values, long i) {
        if (values.isEmpty()) {
            throw new IllegalStateException("the store holds no resource of a kind the query mix needs");
        }
        return values.get((int) Math.floorMod(i, values.size()));
    }

    private static List<String> column(HttpClient client, URI endpoint, String query) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint + "?query="
                            + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                    .header("Accept", "application/sparql-results+json").timeout(Duration.ofMinutes(5)).build();
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("sampling query failed with " + response.statusCode() + ": " + query);
            }
            ResultSet results = ResultSetMgr.read(new java.io.ByteArrayInputStream(response.body()),
                    ResultSetLang.RS_JSON);
            List<String> values = new ArrayList<>();
            results.forEachRemaining(row -> values.add(row.getResource("x").getURI()));
            return values;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
