package org.ogpld.endpoint.replication;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.zip.GZIPInputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.LabelToNode;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.ogpld.endpoint.changes.FeedSnapshot;

/**
 * A new replica's first state: the writer's {@code /dump/ogp.nq.gz}, a consistent snapshot whose headers tag it
 * with the last log entry it holds ({@value FeedSnapshot#ENTRY}) and that entry's time ({@value FeedSnapshot#TIME});
 * the replica then reads the topic from there.
 */
final class ReplicaSnapshot {

    private ReplicaSnapshot() {
    }

    /**
     * Loads the writer's snapshot into {@code target} and records its position in {@code store}, inside the caller's
     * write transaction; returns the position.
     */
    static ReplicaPosition load(String writerUrl, DatasetGraph store, DatasetGraph target) {
        URI dump = URI.create(writerUrl).resolve("dump/ogp.nq.gz");
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        try {
            HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(dump).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("Replica snapshot: " + dump + " answered " + response.statusCode());
                }
                long seq = Long.parseLong(header(response, FeedSnapshot.ENTRY, dump));
                Instant time = Instant.parse(header(response, FeedSnapshot.TIME, dump));
                // The dump writes blank nodes with their store labels encoded: kept, later patches name them.
                RDFParser.source(new GZIPInputStream(body, 1 << 16)).lang(Lang.NQUADS)
                        .labelToNode(LabelToNode.createUseLabelEncoded()).parse(StreamRDFLib.dataset(target));
                ReplicaPosition position = new ReplicaPosition(seq, null, -1, time);
                position.write(store);
                return position;
            }
        } catch (IOException ex) {
            throw new UncheckedIOException("Replica snapshot: cannot read " + dump + " (" + ex.getMessage() + ")", ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Replica snapshot: interrupted reading " + dump, ex);
        }
    }

    private static String header(HttpResponse<?> response, String name, URI dump) {
        return response.headers().firstValue(name).orElseThrow(() -> new IllegalStateException(
                "Replica snapshot: " + dump + " has no " + name + " header; is it an OGP-LD writer?"));
    }
}
