package org.ogpld.endpoint.changes;

/**
 * Told of a write's log entry as the last step before its TDB2 transaction commits, after every check that could
 * still abort it; throwing aborts the write, so nothing is changed. The replication publisher is one: a write is
 * committed only once Kafka holds its patch.
 */
@FunctionalInterface
public interface CommitHook {

    /** Called inside the write transaction, once per transaction that changed something. */
    void beforeCommit(LogEntry entry);
}
