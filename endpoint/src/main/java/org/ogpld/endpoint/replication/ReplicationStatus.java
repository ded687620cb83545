package org.ogpld.endpoint.replication;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.ogpld.endpoint.changes.ChangeLog;
import org.springframework.stereotype.Component;

/**
 * Where this server stands in the writer's log: its position (the last log entry it holds: the writer's own log
 * head, or what a replica has applied), and for a replica the topic's end and how far behind it is. Requests may
 * wait here for a position ({@link #awaitPosition}).
 */
@Component
public class ReplicationStatus {

    private final ReplicationProperties properties;
    private final Object moved = new Object();
    private volatile long position;
    private volatile Instant positionTime = Instant.EPOCH;
    private volatile long nextOffset = -1;
    private volatile long topicEnd = -1;
    private volatile Instant behindSince;
    private volatile String halted;
    private volatile long unpublished;
    private volatile Instant unpublishedSince;

    ReplicationStatus(ReplicationProperties properties, Dataset dataset) {
        this.properties = properties;
        Txn.executeRead(dataset, () -> {
            if (properties.replica()) {
                ReplicaPosition.read(dataset.asDatasetGraph()).ifPresent(this::applied);
            } else {
                ChangeLog.Head head = ChangeLog.head(dataset.asDatasetGraph());
                position = head.last();
                positionTime = head.time();
            }
        });
    }

    /** {@code writer}, {@code replica} or {@code standalone}. */
    public String role() {
        return properties.role();
    }

    /** The last log entry this server holds. */
    public long position() {
        return position;
    }

    /** A replica has applied up to {@code applied}. */
    void applied(ReplicaPosition applied) {
        synchronized (moved) {
            position = applied.seq();
            positionTime = applied.time();
            if (applied.nextOffset() >= 0) {
                nextOffset = applied.nextOffset();
            }
            moved.notifyAll();
        }
    }

    /** The writer has published (and is committing) log entry {@code seq}. */
    void published(long seq, Instant time, long offset) {
        synchronized (moved) {
            position = seq;
            positionTime = time;
            nextOffset = offset + 1;
            topicEnd = offset + 1;
            moved.notifyAll();
        }
    }

    /** An asynchronous writer committed log entry {@code seq}'s patch to the topic at {@code offset}. */
    void shipped(long offset) {
        nextOffset = offset + 1;
        topicEnd = offset + 1;
    }

    /** How many committed log entries an asynchronous writer has not published yet. */
    void unpublished(long count) {
        unpublished = count;
        if (count == 0) {
            unpublishedSince = null;
        } else if (unpublishedSince == null) {
            unpublishedSince = Instant.now();
        }
    }

    /** Committed log entries not on the topic yet (asynchronous writer; 0 otherwise). */
    public long unpublished() {
        return unpublished;
    }

    /** How long an asynchronous writer has had entries not on the topic, 0 when it has none. */
    public Duration unpublishedTime() {
        Instant since = unpublishedSince;
        return since == null ? Duration.ZERO : Duration.between(since, Instant.now());
    }

    /** A write without replication (or on an asynchronous writer) made log entry {@code seq}. */
    void committed(long seq, Instant time) {
        synchronized (moved) {
            position = seq;
            positionTime = time;
            moved.notifyAll();
        }
    }

    /** What a replica last learnt of the topic: its end, and the offset it reads next. */
    void topic(long end, long next) {
        topicEnd = end;
        nextOffset = next;
        if (lag() == 0) {
            behindSince = null;
        } else if (behindSince == null) {
            behindSince = Instant.now();
        }
    }

    /** Replication stopped for good: the replica keeps serving what it has. */
    void halt(String reason) {
        halted = reason;
    }

    /** Why replication stopped, or {@code null}. */
    public String halted() {
        return halted;
    }

    /**
     * Patches on the topic not yet applied. Each patch takes two offsets, its record and its transaction's commit
     * marker; -1 when the topic's end is not known yet.
     */
    public long lag() {
        if (!properties.replica()) {
            return 0;
        }
        long end = topicEnd;
        long next = nextOffset;
        return end < 0 || next < 0 ? -1 : Math.max(0, (end - next) / 2);
    }

    /** How long a replica has been behind, 0 when it is not. */
    public Duration lagTime() {
        Instant since = behindSince;
        return since == null ? Duration.ZERO : Duration.between(since, Instant.now());
    }

    /** Waits at most {@code wait} for this server to hold entry {@code seq}; whether it does. */
    public boolean awaitPosition(long seq, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        synchronized (moved) {
            while (position < seq) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                moved.wait(Math.max(1, left / 1_000_000));
            }
            return true;
        }
    }

    /** For {@code /$/stats}. */
    public Map<String, Object> describe() {
        Map<String, Object> stats = new LinkedHashMap<>();
        stats.put("role", role());
        stats.put("position", position);
        stats.put("positionTime", positionTime.toString());
        if (properties.kafka().enabled()) {
            stats.put("topic", properties.kafka().topic());
            stats.put("topicEnd", topicEnd);
            stats.put("nextOffset", nextOffset);
        }
        if (properties.async() && !properties.replica()) {
            stats.put("mode", "async");
            stats.put("unpublished", unpublished);
            stats.put("unpublishedSeconds", unpublishedTime().toMillis() / 1000.0);
        }
        if (properties.replica()) {
            stats.put("lagPatches", lag());
            stats.put("lagSeconds", lagTime().toMillis() / 1000.0);
            stats.put("halted", halted == null ? "" : halted);
        }
        return stats;
    }
}
