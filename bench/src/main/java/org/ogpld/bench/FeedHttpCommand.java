package org.ogpld.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.ogpld.bench.harvest.HarvestWalk;
import org.ogpld.bench.process.Folders;
import org.ogpld.bench.process.Server;
import org.ogpld.bench.report.Table;
import org.ogpld.endpoint.changes.ChangeRecorder;
import org.ogpld.endpoint.changes.FeedFollower;
import org.ogpld.endpoint.changes.LogProperties;
import org.ogpld.model.Iris;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code feed-http}: the event stream over HTTP from our running server. The scale factor's data is written into a
 * store through the change log, one write per publication graph (as a server that received its data by writes);
 * our server is started on it; a follower ({@code ogpld follow}'s {@link FeedFollower}, into TDB2 on disk) catches
 * up from the first page; 1 % of the (graph, resource) pairs are changed by SPARQL updates over HTTP; the follower
 * stays current; a client walks every {@code /harvest} page. Bytes are counted as received (gzip, as both clients
 * ask) and uncompressed.
 */
@Command(name = "feed-http", mixinStandardHelpOptions = true, description = "Feed over HTTP: follower catch-up"
        + " rate and the bytes to stay current after 1 % changed, against a full /harvest walk.")
final class FeedHttpCommand implements Callable<Integer> {

    private static final String TOKEN = "bench-feed-token";

    @Mixin
    Options options;

    @Option(names = "--page-size", description = "members per feed page, ogpld.feed.page-size (default 250)")
    int pageSize = 250;

    @Option(names = "--per-update", description = "resources changed by one SPARQL update request (default 10)")
    int perUpdate = 10;

    @Option(names = "--harvest-size", description = "items per /harvest page (default 200)")
    int harvestSize = 200;

    @Option(names = "--batch-quads", description = "the data is written through the log in writes of whole "
            + "publication graphs, each of at least this many quads (default 50000)")
    int batchQuads = 50_000;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Override
    public Integer call() throws Exception {
        Options.Data data = options.data();
        // The store as written through the log is kept (and the time it took), so that later runs start at once.
        Path logged = options.folder().resolve("store-feed-logged-" + pageSize);
        Path store = options.folder().resolve("store-feed-http");
        Path follower = options.folder().resolve("store-feed-follower");
        Folders.delete(store);
        Folders.delete(follower);
        Path made = logged.resolve("made.txt");
        if (!Files.exists(made)) {
            Folders.delete(logged);
            Files.createDirectories(logged);
            long t0 = System.nanoTime();
            long[] counts = writeThroughTheLog(data.file(), logged.resolve("store"));
            Files.writeString(made, counts[0] + " " + counts[1] + " " + (System.nanoTime() - t0) / 1e9);
        }
        String[] recorded = Files.readString(made).strip().split(" ");
        long[] written = {Long.parseLong(recorded[0]), Long.parseLong(recorded[1])};
        double writeSeconds = Double.parseDouble(recorded[2]);
        Folders.copy(logged.resolve("store"), store);
        List<Quad> pairs = resources(store);
        long storeQuads = quads(store);
        Dataset target = TDB2Factory.connectDataset(follower.toString());
        try (Server ours = Server.ours(options.tools(), store, options.jvmOptions(), List.of(
                "--ogpld.security.token=" + TOKEN, "--ogpld.feed.page-size=" + pageSize),
                options.folder().resolve("logs/ogpld-feed-http.log"))) {
            FeedFollower feed = FeedFollower.of(ours.uri("/feed"));
            feed.start(target.asDatasetGraph(), false);
            long t1 = System.nanoTime();
            int caughtUp = feed.catchUp(target.asDatasetGraph());
            double catchUpSeconds = (System.nanoTime() - t1) / 1e9;
            long[] atCatchUp = {feed.bytesReceived(), feed.bytesDecoded(), requests(feed.fetches())};

            List<Quad> changed = new ArrayList<>(pairs);
            Collections.shuffle(changed, new Random(options.seed + 1));
            changed = changed.subList(0, Math.max(1, pairs.size() / 100));
            int updates = change(ours, changed);
            long t2 = System.nanoTime();
            int current = feed.catchUp(target.asDatasetGraph());
            double currentSeconds = (System.nanoTime() - t2) / 1e9;
            long received = feed.bytesReceived() - atCatchUp[0];
            long decoded = feed.bytesDecoded() - atCatchUp[1];
            long currentRequests = requests(feed.fetches()) - atCatchUp[2];

            HarvestWalk.Walk walk = new HarvestWalk().walk(ours, harvestSize);
            long followerQuads = Txn.calculateRead(target, () -> Iter.count(target.asDatasetGraph().findNG(
                    Node.ANY, Node.ANY, Node.ANY, Node.ANY)));
            options.report(new Table("Feed over HTTP (SF " + options.scale + ", pages of " + pageSize
                    + " members, TriG as the follower asks; harvest pages of " + harvestSize + " items, JSON-LD; gzip asked)",
                    "client", "requests", "members or items", "seconds", "members/s", "bytes received (gzip)",
                    "bytes uncompressed")
                    .row("follower: catch up from the first page into TDB2", atCatchUp[2], caughtUp,
                            Table.number(catchUpSeconds), Table.number(caughtUp / catchUpSeconds), atCatchUp[0],
                            atCatchUp[1])
                    .row("follower: stay current after 1 % changed (" + changed.size() + " resources, " + updates
                            + " updates)", currentRequests, current, Table.number(currentSeconds),
                            Table.number(current / currentSeconds), received, decoded)
                    .row("harvester: walk every /harvest page again", walk.pages(), walk.items(),
                            Table.number(walk.seconds()), "", walk.received(), walk.decoded())
                    .note(String.format("Staying current took %.1f× fewer bytes than a harvest walk as received "
                            + "(gzip) and %.1f× fewer uncompressed.", (double) walk.received() / received,
                            (double) walk.decoded() / decoded))
                    .note(String.format("Written through the log before the server started: %,d quads in %,d writes "
                            + "(whole publication graphs, at least " + batchQuads + " quads each; the data's "
                            + "repeated quads stored once) in %.1f s. The follower holds %,d quads, the store held "
                            + "%,d before the %,d changes, each adding one quad.", written[0], written[1],
                            writeSeconds, followerQuads, storeQuads, changed.size())));
        } finally {
            TDBInternal.expel(target.asDatasetGraph());
        }
        return 0;
    }

    /**
     * Writes the data into {@code folder} through the change log, whole graphs of at least {@link #batchQuads} quads
     * a transaction (TDB2 grows by every commit: one per graph took over 11 GB at SF 10), then compacts the store;
     * returns quads and writes.
     */
    private long[] writeThroughTheLog(Path file, Path folder) {
        Dataset dataset = TDB2Factory.connectDataset(folder.toString());
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        ChangeRecorder recorder = new ChangeRecorder(dataset, Iris.defaults().base(), new LogProperties(true, 0,
                Duration.ZERO), pageSize);
        long[] counts = new long[2];
        List<Quad> batch = new ArrayList<>();
        Runnable flush = () -> {
            if (!batch.isEmpty()) {
                logged(dataset, recorder, batch);
                counts[0] += batch.size();
                counts[1]++;
                batch.clear();
            }
        };
        try {
            RDFParser.source(file).lang(Lang.NQUADS).parse(new StreamRDFBase() {
                @Override
                public void quad(Quad quad) {
                    if (batch.size() >= batchQuads && !batch.get(batch.size() - 1).getGraph().equals(quad.getGraph())) {
                        flush.run();
                    }
                    batch.add(quad);
                }
            });
            flush.run();
            DatabaseMgr.compact(dataset.asDatasetGraph(), true);
        } finally {
            TDBInternal.expel(dataset.asDatasetGraph());
        }
        return counts;
    }

    private static void logged(Dataset dataset, ChangeRecorder recorder, List<Quad> quads) {
        dataset.begin(TxnType.WRITE);
        recorder.begin();
        try {
            DatasetGraph target = recorder.target();
            quads.forEach(target::add);
            recorder.beforeCommit();
            dataset.commit();
        } finally {
            dataset.end();
            recorder.end();
        }
    }

    /** Every (named graph, IRI subject) pair of the store. */
    private static List<Quad> resources(Path folder) {
        Dataset dataset = TDB2Factory.connectDataset(folder.toString());
        try {
            return Txn.calculateRead(dataset, () -> Iter.toList(Iter.distinct(Iter.map(Iter.filter(dataset
                    .asDatasetGraph().findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY), q -> q.getSubject().isURI()),
                    q -> Quad.create(q.getGraph(), q.getSubject(), Node.ANY, Node.ANY)))));
        } finally {
            TDBInternal.expel(dataset.asDatasetGraph());
        }
    }

    /** The quads of the store's named graphs. */
    private static long quads(Path folder) {
        Dataset dataset = TDB2Factory.connectDataset(folder.toString());
        try {
            return Txn.calculateRead(dataset, () -> Iter.count(dataset.asDatasetGraph().findNG(Node.ANY, Node.ANY,
                    Node.ANY, Node.ANY)));
        } finally {
            TDBInternal.expel(dataset.asDatasetGraph());
        }
    }

    /** One quad added to each pair, {@link #perUpdate} pairs per SPARQL update over HTTP; returns the updates. */
    private int change(Server ours, List<Quad> pairs) throws IOException, InterruptedException {
        int updates = 0;
        for (int from = 0; from < pairs.size(); from += perUpdate) {
            StringBuilder update = new StringBuilder("INSERT DATA {");
            for (Quad pair : pairs.subList(from, Math.min(pairs.size(), from + perUpdate))) {
                update.append(" GRAPH <").append(pair.getGraph().getURI()).append("> { <")
                        .append(pair.getSubject().getURI()).append("> <urn:bench:changed> \"yes\" }");
            }
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(ours.uri("/ogp/update"))
                    .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/sparql-update")
                    .timeout(Duration.ofMinutes(2)).POST(HttpRequest.BodyPublishers.ofString(update + " }")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() / 100 != 2) {
                throw new IOException("update answered " + answer.statusCode() + ": " + answer.body());
            }
            updates++;
        }
        return updates;
    }

    private static long requests(Map<URI, Integer> fetches) {
        return fetches.values().stream().mapToLong(Integer::longValue).sum();
    }
}
