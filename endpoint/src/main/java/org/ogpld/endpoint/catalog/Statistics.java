package org.ogpld.endpoint.catalog;

import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.ogpld.endpoint.EndpointException;
import org.ogpld.endpoint.OgpldProperties;
import org.ogpld.endpoint.store.StoreGeneration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * What the VoID and DCAT descriptions say about the data ({@link StoreCounter}), counted once per store generation,
 * in the background: counting scans the whole store. Nothing is counted until the description is first asked for,
 * so that a server (or a test) that never serves it never pays for it.
 */
@Component
class Statistics {

    /**
     * Counts at one store generation.
     *
     * @param generation the store generation counted
     * @param triples quads in the named graphs
     * @param subjects distinct subjects
     * @param classes instances per class
     * @param properties triples per property
     * @param licences per named graph, the licences it declares of itself (empty if none)
     * @param linkSets links per target host (e.g. {@code https://sws.geonames.org/}) and property
     * @param linksetGraphs the graphs of links between the store's own sources, when it holds them
     */
    record Counts(long generation, long triples, long subjects, Map<String, Long> classes,
            Map<String, Long> properties, Map<String, List<String>> licences,
            Map<String, Map<String, Long>> linkSets, List<LinksetGraph> linksetGraphs) {}

    /** How long a request waits for a count in progress, at most (less when the query timeout is shorter). */
    private static final long MAX_WAIT_MILLIS = 5_000;
    private static final String RETRY_AFTER_SECONDS = "5";
    private static final Logger LOG = LoggerFactory.getLogger(Statistics.class);

    private final Dataset dataset;
    private final StoreCounter counter;
    private final StoreGeneration generation;
    private final long waitMillis;
    /** Counting scans the whole store: one count at a time, off the request threads. */
    private final ExecutorService counting = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "ogpld-statistics");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Counts counts;
    private Future<Counts> pending;
    private long pendingGeneration;

    Statistics(Dataset dataset, StoreGeneration generation, OgpldProperties properties) {
        this.dataset = dataset;
        this.counter = new StoreCounter(dataset, properties.base());
        this.generation = generation;
        this.waitMillis = Math.min(properties.query().timeout().toMillis(), MAX_WAIT_MILLIS);
    }

    @PreDestroy
    void stop() {
        counting.shutdownNow();
    }

    /**
     * The counts of the store as it is now. A count runs in the background; a request waits for it at most 5 s (or
     * the query timeout, if shorter), then gets the counts of an earlier generation, or, when there are none yet, 503
     * with {@code Retry-After}. A big store takes a while to count (three passes over its quad indexes), and must not
     * hold a request that long.
     */
    Counts current() {
        long now = generation.generation();
        Counts known = counts;
        if (known != null && known.generation() == now) {
            return known;
        }
        try {
            return count(now).get(waitMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException ex) {
            if (known != null) {
                return known;
            }
            HttpHeaders headers = new HttpHeaders();
            headers.set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
            throw new EndpointException(HttpStatus.SERVICE_UNAVAILABLE,
                    "The store's statistics are still being counted; try again shortly", headers, ex);
        } catch (ExecutionException ex) {
            throw new IllegalStateException("Counting the store's statistics failed", ex.getCause());
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while counting the store's statistics", ex);
        }
    }

    /**
     * The count of generation {@code now}: the one queued, running or done, or a new one (also after a failed one).
     * A count of an older generation that has not started yet is dropped.
     */
    private synchronized Future<Counts> count(long now) {
        boolean failed = pending != null && pending.isDone() && (counts == null || counts.generation() != now);
        if (pending == null || pendingGeneration != now || failed) {
            if (pending != null) {
                pending.cancel(false);
            }
            pendingGeneration = now;
            pending = counting.submit(() -> {
                try {
                    long started = System.nanoTime();
                    Counts counted = Txn.calculateRead(dataset, () -> counter.count(now));
                    counts = counted;
                    LOG.info("Store statistics: {} quads, {} subjects, {} classes, {} properties, in {} ms",
                            counted.triples(), counted.subjects(), counted.classes().size(),
                            counted.properties().size(), (System.nanoTime() - started) / 1_000_000);
                    return counted;
                } catch (RuntimeException ex) {
                    LOG.warn("Counting the store's statistics failed: {}", ex.toString());
                    throw ex;
                }
            });
        }
        return pending;
    }
}
