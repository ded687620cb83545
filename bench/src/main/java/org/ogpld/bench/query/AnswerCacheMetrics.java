package org.ogpld.bench.query;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * Our answer cache as our server's Prometheus metrics ({@code /$/metrics}) show it: the {@code cache_*} series of
 * the cache {@code ogpld.query.answers}. A server without them (Fuseki, Virtuoso, ours with the cache off) has none.
 *
 * @param hits      requests answered from the cache
 * @param misses    requests the cache did not hold
 * @param entries   answers held
 * @param evictions answers dropped for room
 */
public record AnswerCacheMetrics(double hits, double misses, double entries, double evictions) {

    private static final String CACHE = "cache=\"ogpld.query.answers\"";

    /** Reads the metrics of the server at {@code metrics}; empty if it has no answer cache metrics. */
    public static Optional<AnswerCacheMetrics> read(URI metrics) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(metrics).timeout(Duration.ofSeconds(30))
                    .build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? parse(response.body()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** The answer cache's series in a Prometheus text exposition; empty if it has no hit and miss counts. */
    static Optional<AnswerCacheMetrics> parse(String exposition) {
        Double hits = null;
        Double misses = null;
        double entries = Double.NaN;
        double evictions = Double.NaN;
        for (String line : exposition.split("\n")) {
            if (line.startsWith("#") || !line.contains(CACHE)) {
                continue;
            }
            double value = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            if (line.startsWith("cache_gets_total{") && line.contains("result=\"hit\"")) {
                hits = value;
            } else if (line.startsWith("cache_gets_total{") && line.contains("result=\"miss\"")) {
                misses = value;
            } else if (line.startsWith("cache_size{")) {
                entries = value;
            } else if (line.startsWith("cache_evictions_total{")) {
                evictions = value;
            }
        }
        return hits == null || misses == null ? Optional.empty()
                : Optional.of(new AnswerCacheMetrics(hits, misses, entries, evictions));
    }

    /** The counts gained since {@code before}; entries as they are now. */
    public AnswerCacheMetrics since(AnswerCacheMetrics before) {
        return new AnswerCacheMetrics(hits - before.hits, misses - before.misses, entries,
                evictions - before.evictions);
    }

    /** Hits among all lookups. */
    public double hitRatio() {
        return hits / (hits + misses);
    }
}
