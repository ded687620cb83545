package org.ogpld.endpoint.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.ogpld.endpoint.Http;
import org.ogpld.endpoint.OgpldProperties;
import org.ogpld.endpoint.changes.ChangeLog;
import org.ogpld.endpoint.changes.FeedFollower;
import org.ogpld.endpoint.changes.LogCompaction;
import org.ogpld.endpoint.changes.FollowPosition;
import org.ogpld.endpoint.changes.LogEntry;
import org.ogpld.endpoint.cli.ExitCodes;
import org.ogpld.endpoint.cli.Ogpld;
import org.ogpld.endpoint.changes.LogProperties;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The change feed of a server receiving random updates and graph store writes, deleted resources and deleted graphs
 * among them: followers that started from the first page and from the snapshot at different points end with the
 * server's store after each quiet period, and never fetch a full page twice. Compaction comes last (it drops the
 * first pages the other tests read).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FeedIT extends ReliabilityServer {

    private static final String BASE = OgpldProperties.CANONICAL_BASE;
    private static final String BASIC = "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD)
            .getBytes(StandardCharsets.UTF_8));

    @Test
    void followersFromTheStartAndFromASnapshotEndWithTheServersStoreAfterEachQuietPeriod() throws Exception {
        Http http = http();
        URI feed = URI.create(http.url("/feed"));
        Random random = new Random(23);
        DatasetGraph early = DatasetGraphFactory.createTxnMem();
        FeedFollower fromStart = FeedFollower.of(feed);
        fromStart.start(early, false);
        DatasetGraph late = DatasetGraphFactory.createTxnMem();
        FeedFollower fromSnapshot = null;
        for (int round = 0; round < 4; round++) {
            randomWrites(http, random, 12);
            if (round == 1) {
                fromSnapshot = FeedFollower.of(feed);
                fromSnapshot.start(late, true);
            }
            fromStart.catchUp(early);
            assertThat(model(early)).as("round " + round).matches(m -> Models.isomorphic(m, server(http)));
            if (fromSnapshot != null) {
                fromSnapshot.catchUp(late);
                assertThat(model(late)).as("round " + round).matches(m -> Models.isomorphic(m, server(http)));
            }
        }
        for (FeedFollower follower : new FeedFollower[] {fromStart, fromSnapshot}) {
            Map<URI, Integer> fetches = follower.fetches();
            follower.fullWhenFirstFetched().forEach(page -> assertThat(fetches.get(page)).as(page.toString())
                    .isEqualTo(1));
        }
        System.out.printf("FeedIT: from the start %s; from the snapshot %s%n", fromStart.fetches(),
                fromSnapshot.fetches());
    }

    @Test
    void fullPagesAreImmutableAndTheNewestIsRevalidatedByItsETag() {
        Http http = http();
        // More members than a page holds (ogpld.feed.page-size, 250), in one update.
        StringBuilder many = new StringBuilder("INSERT DATA { GRAPH <urn:feed:many> {");
        for (int i = 0; i < 300; i++) {
            many.append(" <").append(BASE).append("id/person/feed-many-").append(i).append("> <urn:feed:v> ").append(i)
                    .append(" .");
        }
        assertThat(http.update(many.append(" } }").toString(), BASIC).statusCode()).isEqualTo(204);
        HttpResponse<String> first = http.send(http.request("/feed?page=0").header("Accept", "text/turtle"));
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("tree:GreaterThanOrEqualToRelation");
        assertThat(first.headers().firstValue("Cache-Control")).contains("public, max-age=31536000, immutable");
        long newest = 0;
        while (http.send(http.request("/feed?page=" + (newest + 1))).statusCode() == 200) {
            newest++;
        }
        HttpResponse<String> last = http.send(http.request("/feed?page=" + newest));
        assertThat(last.headers().firstValue("Cache-Control")).contains("no-cache");
        String etag = last.headers().firstValue("ETag").orElseThrow();
        assertThat(http.send(http.request("/feed?page=" + newest).header("If-None-Match", etag)).statusCode())
                .isEqualTo(304);
        randomWrites(http, new Random(31), 1);
        assertThat(http.send(http.request("/feed?page=" + newest).header("If-None-Match", etag)).statusCode())
                .isEqualTo(200);
    }

    @Test
    void kindFeedsHoldVersionsOfTheirKindOnly() {
        Http http = http();
        randomWrites(http, new Random(37), 4);
        HttpResponse<String> page = http.send(http.request("/feed/commitment?page=0")
                .header("Accept", "application/n-quads"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body().lines()
                .filter(line -> line.matches("<[^>]*#v\\d+> <http://purl.org/dc/terms/isVersionOf>.*")))
                .isNotEmpty().allMatch(line -> line.contains("<" + BASE + "id/commitment/"));
        assertThat(http.send(http.request("/feed/nothing")).statusCode()).isEqualTo(404);
    }

    @Autowired
    Dataset dataset;

    @TempDir
    Path temp;

    @Test
    void ogpldFollowStoppedAndRunAgainGoesOnFromWhereItStopped() throws Exception {
        // The folder is no longer empty after the first run: the second one can only succeed by going on.
        Http http = http();
        Path mirror = temp.resolve("mirror");
        randomWrites(http, new Random(53), 4);
        assertThat(Ogpld.run("follow", http.url("/feed"), "--into", mirror.toString(), "--once"))
                .isEqualTo(ExitCodes.OK);
        assertThat(mirrored(mirror)).matches(m -> Models.isomorphic(m, server(http)));
        assertThat(FollowPosition.load(mirror.resolve("ogpld-follow.properties"))).isPresent();

        randomWrites(http, new Random(59), 8);
        assertThat(Ogpld.run("follow", http.url("/feed"), "--into", mirror.toString(), "--once"))
                .isEqualTo(ExitCodes.OK);
        assertThat(mirrored(mirror)).matches(m -> Models.isomorphic(m, server(http)));
        assertThat(Ogpld.run("follow", http.url("/feed/person"), "--into", mirror.toString(), "--once"))
                .isEqualTo(ExitCodes.INVALID_INPUT);
    }

    private static Model mirrored(Path folder) {
        Dataset mirror = TDB2Factory.connectDataset(folder.toString());
        try {
            return model(mirror.asDatasetGraph());
        } finally {
            TDBInternal.expel(mirror.asDatasetGraph());
        }
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void afterCompactionDroppedPagesAreGoneAndAFollowerFromTheSnapshotStillEndsWithTheStore() throws Exception {
        Http http = http();
        randomWrites(http, new Random(43), 6);
        DatasetGraph old = DatasetGraphFactory.createTxnMem();
        FeedFollower fromStart = FeedFollower.of(URI.create(http.url("/feed")));
        fromStart.start(old, false);
        LogCompaction.Compacted dropped = Txn.calculateWrite(dataset, () -> LogCompaction.compact(
                dataset.asDatasetGraph(), new LogProperties(true, 1, Duration.ZERO), 250, Instant.now()));
        assertThat(dropped.members()).isPositive();

        HttpResponse<String> gone = http.send(http.request("/feed?page=0"));
        assertThat(gone.statusCode()).isEqualTo(410);
        assertThat(gone.body()).contains("/dump/ogp.nq.gz").contains("Ogpld-Feed-Page");
        assertThat(http.send(http.request("/feed").header("Accept", "text/turtle")).body())
                .contains("ldes:retentionPolicy").contains("ldes:startingFrom");
        assertThatThrownBy(() -> fromStart.catchUp(old)).hasMessageContaining("is gone");

        DatasetGraph late = DatasetGraphFactory.createTxnMem();
        FeedFollower fromSnapshot = FeedFollower.of(URI.create(http.url("/feed")));
        fromSnapshot.start(late, true);
        randomWrites(http, new Random(47), 6);
        fromSnapshot.catchUp(late);
        assertThat(model(late)).matches(m -> Models.isomorphic(m, server(http)));
    }

    @Test
    void eachEntryNamesTheWritersUserNameNeverTheSecret() {
        Http http = http();
        assertThat(http.update("INSERT DATA { GRAPH <urn:feed:who> { <urn:feed:s> <urn:feed:p> 1 } }", BASIC)
                .statusCode()).isEqualTo(204);
        LogEntry entry = Txn.calculateRead(dataset, () -> ChangeLog.entry(dataset.asDatasetGraph(),
                ChangeLog.head(dataset.asDatasetGraph()).last()).orElseThrow());
        assertThat(entry.user()).isEqualTo(USER);
        assertThat(entry.patch()).contains("H user \"" + USER + "\"").doesNotContain(PASSWORD);
        assertThat(http.update("INSERT DATA { GRAPH <urn:feed:who> { <urn:feed:s> <urn:feed:p> 2 } }", BEARER)
                .statusCode()).isEqualTo(204);
        assertThat(Txn.calculateRead(dataset, () -> ChangeLog.entry(dataset.asDatasetGraph(),
                ChangeLog.head(dataset.asDatasetGraph()).last()).orElseThrow()).patch()).contains("H user \"token\"")
                .doesNotContain(TOKEN);
    }

    @Test
    void theLogShowsInNoQueryDumpOrGraphStoreAnswer() throws Exception {
        Http http = http();
        randomWrites(http, new Random(41), 2);
        assertThat(http.query("SELECT * { GRAPH <urn:x-arq:DefaultGraph> { ?s ?p ?o } }", "text/csv")
                .statusCode()).isEqualTo(400);
        assertThat(http.query("SELECT * { ?s ?p ?o FILTER (STRSTARTS(STR(?s), 'urn:ogpld:log')) }", "text/csv")
                .body().lines().count()).isEqualTo(1);
        assertThat(http.send(http.request("/ogp/data").header("Accept", "application/n-quads")).body())
                .doesNotContain("urn:ogpld:log");
        HttpResponse<byte[]> dump = http.sendBytes(http.request("/dump/ogp.nq.gz"));
        assertThat(new String(new GZIPInputStream(new ByteArrayInputStream(dump.body())).readAllBytes(),
                StandardCharsets.UTF_8)).doesNotContain("urn:ogpld:log");
        assertThat(dump.headers().firstValue("Ogpld-Feed-Page")).hasValueSatisfying(page -> assertThat(page)
                .startsWith(http.url("/feed?page=")));
    }

    /** Random INSERT DATA, DELETE WHERE of a resource, DROP GRAPH, and GSP PUT, POST and DELETE of graphs. */
    private static void randomWrites(Http http, Random random, int count) {
        for (int i = 0; i < count; i++) {
            String graph = "urn:feed:g" + random.nextInt(4);
            String subject = "<" + BASE + "id/commitment/feed-" + random.nextInt(6) + ">";
            int status = switch (random.nextInt(6)) {
                case 0 -> http.update("INSERT DATA { GRAPH <" + graph + "> { " + subject + " <urn:feed:v> "
                        + random.nextInt(100) + " ; <urn:feed:part> [ <urn:feed:w> " + random.nextInt(3) + " ] } }",
                        BASIC).statusCode();
                // The resource only: its blank nodes stay behind, orphans that reach followers in a graph version.
                case 1 -> http.update("DELETE WHERE { GRAPH ?g { " + subject + " ?p ?o } }", BASIC).statusCode();
                case 2 -> http.update("DROP SILENT GRAPH <" + graph + ">", BASIC).statusCode();
                case 3 -> gsp(http, "PUT", graph, subject, random);
                case 4 -> gsp(http, "POST", graph, subject, random);
                default -> http.send(http.request("/ogp/data?graph=" + graph).header("Authorization", BASIC)
                        .DELETE()).statusCode();
            };
            assertThat(status).isIn(200, 201, 204, 404);
        }
    }

    private static int gsp(Http http, String method, String graph, String subject, Random random) {
        String body = subject + " <urn:feed:v> " + random.nextInt(100) + " .\n<" + BASE + "id/organisation/feed-o"
                + random.nextInt(3) + "> <urn:feed:name> \"o" + random.nextInt(9) + "\"@en .\n";
        return http.send(http.request("/ogp/data?graph=" + graph).header("Authorization", BASIC)
                .header("Content-Type", "text/turtle").method(method, HttpRequest.BodyPublishers.ofString(body)))
                .statusCode();
    }

    private static Model server(Http http) {
        HttpResponse<String> all = http.send(http.request("/ogp/data").header("Accept", "application/n-quads"));
        assertThat(all.statusCode()).isEqualTo(200);
        try {
            return Rio.parse(new java.io.StringReader(all.body()), "", RDFFormat.NQUADS);
        } catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    private static Model model(DatasetGraph store) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        Txn.executeRead(store, () -> RDFDataMgr.write(out, store, Lang.NQUADS));
        try {
            return Rio.parse(new ByteArrayInputStream(out.toByteArray()), "", RDFFormat.NQUADS);
        } catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }
}
