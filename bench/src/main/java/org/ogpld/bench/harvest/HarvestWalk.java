package org.ogpld.bench.harvest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.zip.GZIPInputStream;
import org.apache.commons.io.input.BoundedInputStream;
import org.ogpld.bench.process.Server;

/**
 * A full walk of our {@code /harvest} pages (framed JSON-LD, Hydra {@code next} links) by a client that asks for
 * gzip, as aggregators do: what it costs to download everything again, counted as received and uncompressed.
 */
public final class HarvestWalk {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /**
     * One walk.
     *
     * @param seconds how long it took
     * @param pages requests made
     * @param items resources received
     * @param received bytes received (gzip where the server compressed)
     * @param decoded the same bytes uncompressed
     */
    public record Walk(double seconds, long pages, long items, long received, long decoded) {
    }

    /** Walks every page of {@code server}'s {@code /harvest} from the first, {@code size} items a page. */
    public Walk walk(Server server, int size) throws IOException, InterruptedException {
        ObjectMapper json = new ObjectMapper();
        long start = System.nanoTime();
        String next = server.uri("/harvest?size=" + size).toString();
        long pages = 0;
        long items = 0;
        long received = 0;
        long decoded = 0;
        while (next != null) {
            HttpResponse<InputStream> page = http.send(HttpRequest.newBuilder(URI.create(next))
                    .header("Accept", "application/ld+json").header("Accept-Encoding", "gzip")
                    .timeout(Duration.ofMinutes(2)).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            pages++;
            if (page.statusCode() != 200) {
                throw new IOException(next + " answered " + page.statusCode());
            }
            boolean gzip = page.headers().firstValue("Content-Encoding").orElse("").equalsIgnoreCase("gzip");
            BoundedInputStream wire = BoundedInputStream.builder().setInputStream(page.body()).get();
            byte[] body;
            try (InputStream in = gzip ? new GZIPInputStream(wire) : wire) {
                body = in.readAllBytes();
            }
            received += wire.getCount();
            decoded += body.length;
            JsonNode collection = json.readTree(body).path("@graph").path(0);
            items += collection.path("items").size();
            JsonNode link = collection.path("view").path("next");
            next = link.isMissingNode() || link.isNull() ? null : link.asText();
        }
        return new Walk((System.nanoTime() - start) / 1e9, pages, items, received, decoded);
    }
}
