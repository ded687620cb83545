package org.ogpld.endpoint.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.engine.optimizer.StatsMatcher;
import org.apache.jena.sparql.engine.optimizer.reorder.ReorderLib;
import org.apache.jena.sparql.engine.optimizer.reorder.ReorderWeighted;
import org.apache.jena.sparql.sse.Item;
import org.apache.jena.sparql.sse.SSE;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.solver.stats.Stats;
import org.apache.jena.tdb2.solver.stats.StatsCollectorNodeId;
import org.apache.jena.tdb2.solver.stats.StatsResults;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Statistics for TDB2's join ordering, as {@code tdb2.tdbstats --graph urn:x-arq:UnionGraph} makes them: how many
 * triples each predicate has and how many subjects each class, over the union of the named graphs that queries see.
 * Kept in {@code stats.opt} in the store folder (beside TDB2's {@code Data-NNNN}, where a restart finds it; copy it
 * into {@code Data-NNNN} to give it to stock Fuseki), made when the server starts on a store loaded or changed since
 * the file was written, and recomputed in the background after {@code ogpld.optimizer.refresh-after-writes}
 * committed writes. One scan of the subject-first quad index, decoding only predicates and classes; the ordering it
 * gives changes how fast a query runs, never what it answers.
 */
@Component
class OptimizerStatistics implements DisposableBean {

    static final String FILE = "stats.opt";

    private static final Logger LOG = LoggerFactory.getLogger(OptimizerStatistics.class);

    private final Dataset dataset;
    private final StoreGeneration generation;
    private final LiveReorder reorder;
    private final OptimizerProperties properties;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "ogpld-optimizer-statistics");
        thread.setDaemon(true);
        return thread;
    });
    /** The generation the statistics in use were computed at; -1 before any. */
    private volatile long computedAt = -1;

    OptimizerStatistics(Dataset dataset, StoreGeneration generation, LiveReorder reorder,
            OptimizerProperties properties) {
        this.dataset = dataset;
        this.generation = generation;
        this.reorder = reorder;
        this.properties = properties;
    }

    /**
     * Takes the statistics file at once if it is as new as the store's files, else computes it in the background;
     * then checks every {@code ogpld.optimizer.check-every} whether enough writes were committed to recompute.
     */
    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (!properties.statistics()) {
            LOG.info("Optimizer statistics off (ogpld.optimizer.statistics=false): fixed join ordering");
            return;
        }
        long now = generation.generation();
        if (fresh() && read()) {
            computedAt = now;
        } else {
            worker.execute(this::refreshQuietly);
        }
        long every = properties.checkEvery().toMillis();
        worker.scheduleWithFixedDelay(this::checkQuietly, every, every, TimeUnit.MILLISECONDS);
    }

    /** Recomputes the statistics if {@code ogpld.optimizer.refresh-after-writes} writes were committed since. */
    void check() {
        if (generation.generation() - computedAt >= properties.refreshAfterWrites()) {
            refresh();
        }
    }

    /** Computes the statistics of the store as it is now, writes them to the file and orders queries by them. */
    synchronized void refresh() {
        long started = System.nanoTime();
        long at = generation.generation();
        StatsResults results = Txn.calculateRead(dataset, this::gather);
        Path file = file();
        try {
            Path written = Files.createTempFile(file.getParent(), FILE, ".tmp");
            try (OutputStream out = Files.newOutputStream(written)) {
                Stats.write(out, results);
            }
            Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException ex) {
            // The statistics still serve this process; only a restart would compute them again.
            LOG.warn("Could not write the optimizer statistics to {}: {}", file, ex.toString());
        }
        reorder.use(results.getCount() == 0 ? ReorderLib.fixed() : weighted(Stats.format(results)));
        computedAt = at;
        LOG.info("Optimizer statistics: {} triples, {} predicates, {} classes, in {} ms", results.getCount(),
                results.getPredicates().size(), results.getTypes().size(), (System.nanoTime() - started) / 1_000_000);
    }

    /** The generation the statistics in use were computed at, or -1 before any. */
    long computedAt() {
        return computedAt;
    }

    /** The statistics file of this store. */
    Path file() {
        return ((DatasetGraphSwitchable) dataset.asDatasetGraph()).getContainerPath().resolve(FILE);
    }

    /** One pass over the subject-first quad index, counting each triple once however many graphs hold it. */
    private StatsResults gather() {
        DatasetGraphTDB store = TDBInternal.getDatasetGraphTDB(dataset.asDatasetGraph());
        StatsCollectorNodeId collector = new StatsCollectorNodeId(store.getQuadTable().getNodeTupleTable()
                .getNodeTable());
        QuadIndexes.forEachUnionTriple(store, (s, p, o) -> collector.record(null, s, p, o));
        return collector.results();
    }

    private static ReorderWeighted weighted(Item statistics) {
        return new ReorderWeighted(new StatsMatcher(statistics));
    }

    /** Whether the file is at least as new as every data and index file of the store's storage. */
    private boolean fresh() {
        Path file = file();
        if (!Files.isRegularFile(file)) {
            return false;
        }
        Path storage = Path.of(TDBInternal.getDatasetGraphTDB(dataset.asDatasetGraph()).getLocation()
                .getDirectoryPath());
        try (Stream<Path> files = Files.list(storage)) {
            FileTime written = Files.getLastModifiedTime(file);
            return files.filter(f -> f.toString().matches(".*\\.(dat|idn|bpt)$"))
                    .allMatch(f -> modified(f).compareTo(written) <= 0);
        } catch (IOException ex) {
            return false;
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException ex) {
            return FileTime.fromMillis(Long.MAX_VALUE);
        }
    }

    /** Orders queries by the statistics file; false if it cannot be read. */
    private boolean read() {
        try {
            reorder.use(weighted(SSE.readFile(file().toString())));
            LOG.info("Optimizer statistics from {}", file());
            return true;
        } catch (RuntimeException ex) {
            LOG.warn("Could not read the optimizer statistics {} ({}); computing them again", file(), ex.toString());
            return false;
        }
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException ex) {
            LOG.warn("Computing the optimizer statistics failed: {}", ex.toString());
        }
    }

    private void checkQuietly() {
        try {
            check();
        } catch (RuntimeException ex) {
            LOG.warn("Computing the optimizer statistics failed: {}", ex.toString());
        }
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
