package org.ogpld.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.ogpld.bench.process.Folders;
import org.ogpld.bench.report.Table;
import org.ogpld.endpoint.changes.ChangeLog;
import org.ogpld.endpoint.changes.ChangeRecorder;
import org.ogpld.endpoint.changes.FeedPages;
import org.ogpld.endpoint.changes.FeedReplay;
import org.ogpld.model.Iris;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code feed}: what the change log costs a write (the same updates and graph replacements, alternately with and
 * without the log, on one TDB2 store holding the scale factor's data), how fast a follower catches up on the
 * stream, and how many bytes it downloads to stay current after 1 % of the resources changed, against downloading
 * the whole store again. In one process, without HTTP: the figures are the store's and the stream's own.
 */
@Command(name = "feed", mixinStandardHelpOptions = true, description = "Change log cost per write, feed catch-up"
        + " rate and the bytes to stay current.")
final class FeedCommand implements Callable<Integer> {

    private static final int PAGE = 250;

    @Mixin
    Options options;

    @Option(names = "--writes", description = "writes of each kind, with and without the log (default 200)")
    int writes = 200;

    @Override
    public Integer call() throws IOException {
        Options.Data data = options.data();
        Path folder = options.folder().resolve("feed-store");
        Folders.delete(folder);
        Files.createDirectories(folder);
        Dataset dataset = TDB2Factory.connectDataset(folder.toString());
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        ChangeRecorder recorder = new ChangeRecorder(dataset, Iris.defaults().base());
        try {
            long t0 = System.nanoTime();
            logged(dataset, recorder, target -> RDFParser.source(data.file()).lang(Lang.NQUADS).parse(target));
            double loadSeconds = (System.nanoTime() - t0) / 1e9;
            List<Quad> pairs = resources(dataset);
            writeCosts(dataset, recorder, pairs, loadSeconds, data.quads());
            catchUpAndStayCurrent(dataset, recorder, pairs);
        } finally {
            TDBInternal.expel(dataset.asDatasetGraph());
            Folders.delete(folder);
        }
        return 0;
    }

    private void writeCosts(Dataset dataset, ChangeRecorder recorder, List<Quad> pairs, double loadSeconds,
            long quads) {
        Random random = new Random(options.seed);
        long[][] update = new long[2][writes];
        long[][] put = new long[2][writes];
        for (int n = 0; n < writes; n++) {
            int i = n;
            Quad pair = pairs.get(random.nextInt(pairs.size()));
            String insert = "INSERT DATA { GRAPH <" + pair.getGraph().getURI() + "> { <" + pair.getSubject().getURI()
                    + "> <urn:bench:v> " + i + " } }";
            // Alternating, so that the machine's load weighs on both alike.
            update[0][i] = timed(() -> logged(dataset, recorder, t -> UpdateExec.dataset(t).update(insert).execute()));
            update[1][i] = timed(() -> Txn.executeWrite(dataset, () -> UpdateExec.dataset(dataset.asDatasetGraph())
                    .update(insert.replace("urn:bench:v", "urn:bench:w")).execute()));
            put[0][i] = timed(() -> logged(dataset, recorder, t -> replaceGraph(t, "urn:bench:logged", i)));
            put[1][i] = timed(() -> Txn.executeWrite(dataset, () -> replaceGraph(dataset.asDatasetGraph(),
                    "urn:bench:unlogged", i)));
        }
        double u0 = median(update[0]);
        double u1 = median(update[1]);
        double p0 = median(put[0]);
        double p1 = median(put[1]);
        options.report(new Table("Change log: cost per write (SF " + options.scale + ", " + writes
                + " of each, alternating; median ms)", "write", "with log", "without log", "ratio")
                .row("SPARQL update (INSERT DATA, 1 triple on an existing resource)", Table.number(u0),
                        Table.number(u1), Table.number(u0 / u1))
                .row("graph replacement (GSP PUT of 100 triples on 10 resources)", Table.number(p0), Table.number(p1),
                        Table.number(p0 / p1))
                .note(String.format("Initial load of %,d quads through the log in one transaction: %.1f s.", quads,
                        loadSeconds)));
    }

    private static void replaceGraph(DatasetGraph target, String graph, int round) {
        Node g = NodeFactory.createURI(graph);
        target.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
        for (int t = 0; t < 100; t++) {
            target.add(g, NodeFactory.createURI("urn:bench:r" + t % 10), NodeFactory.createURI("urn:bench:p" + t),
                    NodeFactory.createLiteralString(round + "-" + t));
        }
    }

    private void catchUpAndStayCurrent(Dataset dataset, ChangeRecorder recorder, List<Quad> pairs)
            throws IOException {
        DatasetGraph follower = DatasetGraphFactory.createTxnMem();
        long t0 = System.nanoTime();
        long[] caughtUp = replayPages(dataset, follower, 0);
        double seconds = (System.nanoTime() - t0) / 1e9;
        long position = Txn.calculateRead(dataset, () -> ChangeLog.head(dataset.asDatasetGraph()).members());
        Random random = new Random(options.seed + 1);
        List<Quad> changed = new ArrayList<>(pairs);
        java.util.Collections.shuffle(changed, random);
        changed = changed.subList(0, Math.max(1, pairs.size() / 100));
        for (Quad pair : changed) {
            logged(dataset, recorder, t -> t.add(pair.getGraph(), pair.getSubject(),
                    NodeFactory.createURI("urn:bench:changed"), NodeFactory.createLiteralString("yes")));
        }
        long[] current = replayPages(dataset, follower, position / PAGE);
        long[] whole = wholeStore(dataset);
        options.report(new Table("Feed: catching up and staying current (SF " + options.scale + ", pages of " + PAGE
                + " members, N-Quads)", "what", "members", "bytes", "gzip bytes", "members/s")
                .row("catch up from the first page (render, serialize, parse, apply)", caughtUp[0], caughtUp[1],
                        caughtUp[2], Table.number(caughtUp[0] / seconds))
                .row("stay current after 1 % of resources changed (" + changed.size() + " writes)", current[0],
                        current[1], current[2], "")
                .row("the whole store again (the dump's N-Quads)", "", whole[0], whole[1], "")
                .note(String.format("Bytes to stay current vs the whole store: %.0f× fewer (gzip: %.0f×).",
                        (double) whole[0] / current[1], (double) whole[1] / current[2])));
    }

    /** Fetches pages from {@code first} on, as a follower would; returns members, bytes and gzip bytes. */
    private static long[] replayPages(Dataset dataset, DatasetGraph follower, long first) throws IOException {
        long[] totals = new long[3];
        for (long k = first; ; k++) {
            long page = k;
            byte[] body = Txn.calculateRead(dataset, () -> new FeedPages(dataset.asDatasetGraph(), null,
                    "http://localhost:3030/feed", PAGE).page(page).map(p -> nquads(p.content())).orElse(null));
            if (body == null) {
                return totals;
            }
            DatasetGraph received = RDFParser.source(new java.io.ByteArrayInputStream(body)).lang(Lang.NQUADS)
                    .toDatasetGraph();
            totals[0] += Txn.calculateWrite(follower, () -> FeedReplay.apply(received, follower));
            totals[1] += body.length;
            totals[2] += gzip(body);
        }
    }

    private static long[] wholeStore(Dataset dataset) throws IOException {
        byte[] all = Txn.calculateRead(dataset, () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RDFDataMgr.writeQuads(out, dataset.asDatasetGraph().findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY));
            return out.toByteArray();
        });
        return new long[] {all.length, gzip(all)};
    }

    private static byte[] nquads(DatasetGraph content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, content, Lang.NQUADS);
        return out.toByteArray();
    }

    private static long gzip(byte[] body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(body);
        }
        return out.size();
    }

    /** Every (named graph, IRI subject) pair of the data. */
    private static List<Quad> resources(Dataset dataset) {
        return Txn.calculateRead(dataset, () -> Iter.toList(Iter.distinct(Iter.map(Iter.filter(dataset
                .asDatasetGraph().findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY), q -> q.getSubject().isURI()),
                q -> Quad.create(q.getGraph(), q.getSubject(), Node.ANY, Node.ANY)))));
    }

    /** One write transaction through the change recorder, as the endpoint's writes are made. */
    private static void logged(Dataset dataset, ChangeRecorder recorder, Consumer<DatasetGraph> action) {
        dataset.begin(TxnType.WRITE);
        recorder.begin();
        try {
            action.accept(recorder.target());
            recorder.beforeCommit();
            dataset.commit();
        } catch (RuntimeException | Error ex) {
            dataset.abort();
            throw ex;
        } finally {
            dataset.end();
            recorder.end();
        }
    }

    private static long timed(Runnable write) {
        long t0 = System.nanoTime();
        write.run();
        return System.nanoTime() - t0;
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }
}
