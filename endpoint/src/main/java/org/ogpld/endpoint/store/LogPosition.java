package org.ogpld.endpoint.store;

import java.time.Instant;
import java.util.Optional;

/**
 * Where the store stands in a replicated change log: with replication on, the writer and every replica that hold
 * the same log entry hold the same data, so the validators derived from the store ({@link StoreGeneration#tag()},
 * {@link StoreGeneration#lastModified()}) come from this position and are the same on every server.
 */
public interface LogPosition {

    /**
     * The last log entry the store holds, read inside the caller's transaction (or a read transaction of its own);
     * empty before the first entry, when the data may come from elsewhere than the log.
     */
    Optional<Entry> current();

    /**
     * A log entry.
     *
     * @param seq  its sequence number, the same on every server
     * @param time when it committed on the writer
     */
    record Entry(long seq, Instant time) {
    }
}
