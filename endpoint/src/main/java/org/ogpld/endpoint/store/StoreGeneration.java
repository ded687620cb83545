package org.ogpld.endpoint.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The store's generation: TDB2's data version, which every committed write transaction raises, whoever makes it
 * (SPARQL update, graph store protocol, loads); and when a new generation was first seen. Validators
 * ({@code ETag}, {@code Last-Modified}) and caches derived from the data are keyed on it. The data version restarts
 * with the process, so {@link #tag()} also carries the start time: a tag from before a restart never matches one
 * from after it. With replication on ({@link LogPosition}), the tag and the time come from the log entry the store
 * holds instead, so that the writer and its replicas give the same validators for the same state.
 */
@Component
public class StoreGeneration {

    /** Reopenings are counted above the data versions a process can reach. */
    private static final int EPOCH_SHIFT = 40;

    private final Dataset dataset;
    private final StoreReopening reopening;
    private final LogPosition position;
    private final long started = System.currentTimeMillis();
    private long seenGeneration = -1;
    private Instant seenAt = Instant.ofEpochMilli(started).truncatedTo(ChronoUnit.SECONDS);

    public StoreGeneration(Dataset dataset, StoreReopening reopening) {
        this(dataset, reopening, (LogPosition) null);
    }

    /** With the log position of replication, when it is on ({@code position} may be {@code null}). */
    public StoreGeneration(Dataset dataset, StoreReopening reopening, LogPosition position) {
        this.dataset = dataset;
        this.reopening = reopening;
        this.position = position;
    }

    @Autowired
    StoreGeneration(Dataset dataset, StoreReopening reopening, ObjectProvider<LogPosition> position) {
        this(dataset, reopening, position.getIfAvailable());
    }

    /**
     * The data version of the store as a reader sees it now (inside the caller's transaction, if any), with the
     * number of times the store was reopened after a failed write ({@link StoreReopening}) in its high bits.
     */
    public long generation() {
        long generation = (reopening.epoch() << EPOCH_SHIFT) + Txn.calculateRead(dataset,
                () -> TDBInternal.getDatasetGraphTDB(dataset).getTxnSystem().getThreadTransaction().getDataVersion());
        synchronized (this) {
            if (generation != seenGeneration) {
                if (seenGeneration >= 0) {
                    seenAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
                }
                seenGeneration = generation;
            }
        }
        return generation;
    }

    /**
     * When the current generation was first seen (the process start for the first), to the second; with
     * replication, when the log entry the store holds committed on the writer.
     */
    public Instant lastModified() {
        Optional<LogPosition.Entry> entry = entry();
        if (entry.isPresent()) {
            return entry.get().time().truncatedTo(ChronoUnit.SECONDS);
        }
        synchronized (this) {
            generation();
            return seenAt;
        }
    }

    /**
     * An opaque token that changes whenever the data may have changed, also across restarts; with replication, the
     * log entry the store holds (its number and time), the same on every server holding it.
     */
    public String tag() {
        return entry().map(e -> "p" + e.seq() + "-" + Long.toString(e.time().toEpochMilli(), 36))
                .orElseGet(() -> Long.toString(started, 36) + "-" + generation());
    }

    private Optional<LogPosition.Entry> entry() {
        return position == null ? Optional.empty() : position.current();
    }
}
