package org.ogpld.bench.replication;

import java.io.ByteArrayInputStream;
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
import java.util.function.Function;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.ogpld.bench.process.Server;

/**
 * The writes of the replication benchmark, sent to the writer over HTTP as a client would, each answered with the
 * log entry it made ({@code Ogpld-Position}): a one-triple SPARQL update on an existing resource, and a publication
 * republished (its named graph read with the Graph Store protocol and put back with one triple more), the two
 * sizes of write an SF 10 portal sees.
 */
final class WriterClient {

    static final String TOKEN = "bench-replication";
    static final String POSITION = "Ogpld-Position";
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Server writer;

    WriterClient(Server writer) {
        this.writer = writer;
    }

    /** Adds one triple to {@code subject} in {@code graph}; returns the log entry it made. */
    long update(String graph, String subject, long n) {
        String update = "INSERT DATA { GRAPH <" + graph + "> { <" + subject + "> <urn:bench:revision> " + n + " } }";
        return position(send(HttpRequest.newBuilder(writer.uri("/ogp/update"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(update))), "update of " + subject);
    }

    /** Reads {@code graph} and puts it back with one triple more; returns the log entry the put made. */
    long republish(String graph, long n) {
        URI uri = writer.uri("/ogp/data?graph=" + URLEncoder.encode(graph, StandardCharsets.UTF_8));
        HttpResponse<String> read = send(HttpRequest.newBuilder(uri).header("Accept", "application/n-triples").GET());
        if (read.statusCode() != 200) {
            throw new IllegalStateException("GET " + uri + " answered " + read.statusCode());
        }
        String body = read.body() + "<" + graph + "> <urn:bench:revision> \"" + n + "\" .\n";
        return position(send(HttpRequest.newBuilder(uri).header("Content-Type", "application/n-triples")
                .PUT(HttpRequest.BodyPublishers.ofString(body))), "PUT of " + graph);
    }

    /** The rows of a SELECT on the writer, each turned into a value by {@code row}. */
    <T> List<T> select(String query, Function<QuerySolution, T> row) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(writer.uri("/ogp/sparql?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", "application/sparql-results+json")
                .GET());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("query answered " + response.statusCode() + ": " + query);
        }
        ResultSet results = ResultSetMgr.read(new ByteArrayInputStream(response.body().getBytes(
                StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        List<T> values = new ArrayList<>();
        results.forEachRemaining(solution -> values.add(row.apply(solution)));
        return values;
    }

    private static long position(HttpResponse<String> response, String what) {
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(what + " answered " + response.statusCode() + ": " + response.body());
        }
        return Long.parseLong(response.headers().firstValue(POSITION).orElseThrow(() -> new IllegalStateException(
                what + " was answered without " + POSITION + ": is replication on?")));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.header("Authorization", "Bearer " + TOKEN).timeout(TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
