package org.ogpld.bench.harvest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.ogpld.bench.process.Server;
import org.ogpld.bench.report.Table;

/**
 * Harvesting everything: a client walks our {@code /harvest} pages (framed JSON-LD, Hydra {@code next} links, the
 * largest page size) against one {@code CONSTRUCT} of the whole union graph from stock Fuseki, as JSON-LD and as
 * N-Triples. Bounded by a time limit and a page count.
 */
public final class HarvestBenchmark {

    private static final int PAGE_SIZE = 200;
    private static final int MAX_PAGES = 200_000;
    private static final String EVERYTHING = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }";

    private final Duration limit;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    public HarvestBenchmark(Duration limit) {
        this.limit = limit;
    }

    /**
     * One harvest.
     *
     * @param seconds how long it took
     * @param bytes   bytes received
     * @param pages   requests made
     * @param items   resources received (ours) or 0
     * @param status  "ok" or what went wrong
     */
    record Run(double seconds, long bytes, long pages, long items, String status) {}

    public Table run(Server ours, Server fuseki) {
        Run constructJsonLd = construct(fuseki, "application/ld+json");
        Run harvest = walk(ours);
        Run constructNt = construct(fuseki, "application/n-triples");
        return new Table("Harvesting everything: our /harvest pages (size " + PAGE_SIZE + ") vs one CONSTRUCT from"
                + " Fuseki", "client", "seconds", "requests", "resources", "MiB received", "status",
                "speed vs CONSTRUCT JSON-LD")
                .row("ours: walk `/harvest` by `next`", harvest.seconds(), harvest.pages(), harvest.items(),
                        harvest.bytes() / 1048576.0, harvest.status(), constructJsonLd.seconds() / harvest.seconds())
                .row("Fuseki: one CONSTRUCT as JSON-LD", constructJsonLd.seconds(), 1, "", constructJsonLd.bytes()
                        / 1048576.0, constructJsonLd.status(), 1.0)
                .row("Fuseki: one CONSTRUCT as N-Triples", constructNt.seconds(), 1, "", constructNt.bytes() / 1048576.0,
                        constructNt.status(), constructJsonLd.seconds() / constructNt.seconds());
    }

    private Run walk(Server server) {
        ObjectMapper json = new ObjectMapper();
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        String next = server.uri("/harvest?size=" + PAGE_SIZE).toString();
        long pages = 0;
        long bytes = 0;
        long items = 0;
        while (next != null && pages < MAX_PAGES) {
            if (System.nanoTime() > deadline) {
                return new Run(seconds(start), bytes, pages, items, "stopped at the time limit");
            }
            HttpResponse<byte[]> page = get(URI.create(next), "application/ld+json");
            pages++;
            if (page == null || page.statusCode() != 200) {
                return new Run(seconds(start), bytes, pages, items, "HTTP " + (page == null ? "timeout" : page.statusCode()));
            }
            bytes += page.body().length;
            try {
                JsonNode collection = json.readTree(page.body()).path("@graph").path(0);
                items += collection.path("items").size();
                JsonNode link = collection.path("view").path("next");
                next = link.isMissingNode() || link.isNull() ? null : link.asText();
            } catch (IOException e) {
                throw new UncheckedIOException("harvest page " + pages + " is not JSON", e);
            }
        }
        return new Run(seconds(start), bytes, pages, items, next == null ? "ok" : "stopped at " + MAX_PAGES + " pages");
    }

    private Run construct(Server server, String accept) {
        long start = System.nanoTime();
        URI uri = URI.create(server.queryEndpoint() + "?query=" + URLEncoder.encode(EVERYTHING, StandardCharsets.UTF_8));
        try {
            HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(uri).header("Accept", accept)
                    .timeout(limit).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            long bytes;
            try (InputStream body = response.body()) {
                bytes = body.transferTo(java.io.OutputStream.nullOutputStream());
            }
            return new Run(seconds(start), bytes, 1, 0, response.statusCode() == 200 ? "ok" : "HTTP " + response.statusCode());
        } catch (IOException e) {
            return new Run(seconds(start), 0, 1, 0, "failed: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Run(seconds(start), 0, 1, 0, "interrupted");
        }
    }

    private HttpResponse<byte[]> get(URI uri, String accept) {
        try {
            return http.send(HttpRequest.newBuilder(uri).header("Accept", accept).timeout(Duration.ofMinutes(2)).GET()
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
