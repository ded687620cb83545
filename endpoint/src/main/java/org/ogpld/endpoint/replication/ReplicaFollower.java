package org.ogpld.endpoint.replication;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A replica's apply loop: reads the topic's committed patches from where the store's {@link ReplicaPosition} says,
 * and applies each with {@link PatchApplier} in one write transaction of its own (through {@code write}, the
 * server's write path, so the text index and the replica's own change log follow). While Kafka is unreachable the
 * loop keeps polling and the replica keeps serving what it has. Runs on a thread of its own until {@link #close()}.
 *
 * <pre>{@code
 * ReplicaFollower follower = new ReplicaFollower(kafka, dataset, writes::write, writes::target, listener);
 * follower.start();
 * }</pre>
 */
public final class ReplicaFollower implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ReplicaFollower.class);
    private static final Duration POLL = Duration.ofMillis(500);
    /** How much earlier than a snapshot's time reading starts, for clocks that differ between machines. */
    private static final Duration CLOCK_SLACK = Duration.ofMinutes(1);

    private final ReplicationProperties.Kafka kafka;
    private final Dataset dataset;
    private final Consumer<Runnable> write;
    private final Supplier<DatasetGraph> target;
    private final Listener listener;
    private final TopicPartition partition;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile KafkaConsumer<String, byte[]> consumer;

    /** Told what the loop does. */
    public interface Listener {
        /** A patch was applied, or the position was read at the start. */
        void applied(ReplicaPosition position);

        /** The topic's end (committed records) and the offset read next. */
        default void topic(long end, long next) {
        }

        /** Replication cannot go on. */
        default void halted(String reason) {
        }
    }

    /**
     * A loop applying {@code kafka}'s topic to {@code dataset}; {@code write} runs an action in a write transaction
     * of the store's write path, {@code dataset.asDatasetGraph()} being written through {@code target}.
     */
    public ReplicaFollower(ReplicationProperties.Kafka kafka, Dataset dataset, Consumer<Runnable> write,
            Supplier<DatasetGraph> target, Listener listener) {
        this.kafka = kafka;
        this.dataset = dataset;
        this.write = write;
        this.target = target;
        this.listener = listener;
        this.partition = new TopicPartition(kafka.topic(), KafkaClients.PARTITION);
        this.thread = new Thread(this::run, "ogpld-replica");
        thread.setDaemon(true);
    }

    /** Starts applying. */
    public void start() {
        thread.start();
    }

    private void run() {
        while (running) {
            try (KafkaConsumer<String, byte[]> open = new KafkaConsumer<>(KafkaClients.consumer(kafka))) {
                consumer = open;
                follow(open);
            } catch (ReplicationHalt ex) {
                LOG.error("Replication stopped: {}", ex.getMessage());
                listener.halted(ex.getMessage());
                return;
            } catch (WakeupException ex) {
                return;
            } catch (RuntimeException ex) {
                if (!running) {
                    return;
                }
                LOG.warn("Replication: {}; trying again", ex.toString());
                pause();
            } finally {
                consumer = null;
            }
        }
    }

    private void follow(KafkaConsumer<String, byte[]> open) {
        open.assign(List.of(partition));
        ReplicaPosition start = Txn.calculateRead(dataset, () -> ReplicaPosition.read(dataset.asDatasetGraph())
                .orElse(ReplicaPosition.START));
        listener.applied(start);
        seek(open, start);
        long lastEnd = 0;
        while (running) {
            ConsumerRecords<String, byte[]> records = open.poll(POLL);
            for (ConsumerRecord<String, byte[]> record : records) {
                apply(record);
            }
            if (records.isEmpty() || System.nanoTime() - lastEnd > 1_000_000_000L) {
                endOffset(open);
                lastEnd = System.nanoTime();
            }
        }
    }

    /** From the recorded offset; after a snapshot (no offset), from the first record at its time, or the start. */
    private void seek(KafkaConsumer<String, byte[]> open, ReplicaPosition start) {
        if (start.nextOffset() >= 0) {
            open.seek(partition, start.nextOffset());
            return;
        }
        if (start.seq() > 0) {
            long from = start.time().minus(CLOCK_SLACK).toEpochMilli();
            Map<TopicPartition, OffsetAndTimestamp> found = open.offsetsForTimes(Map.of(partition, Math.max(0, from)));
            OffsetAndTimestamp at = found.get(partition);
            if (at != null) {
                open.seek(partition, at.offset());
                return;
            }
        }
        open.seekToBeginning(List.of(partition));
    }

    private void apply(ConsumerRecord<String, byte[]> record) {
        ReplicaPosition[] applied = new ReplicaPosition[1];
        write.accept(() -> {
            DatasetGraph store = dataset.asDatasetGraph();
            if (PatchApplier.apply(store, target.get(), record.value(), record.offset())
                    == PatchApplier.Outcome.APPLIED) {
                applied[0] = ReplicaPosition.read(store).orElseThrow();
            }
        });
        if (applied[0] != null) {
            listener.applied(applied[0]);
        }
    }

    private void endOffset(KafkaConsumer<String, byte[]> open) {
        try {
            Long end = open.endOffsets(List.of(partition), Duration.ofSeconds(2)).get(partition);
            if (end != null) {
                listener.topic(end, open.position(partition, Duration.ofSeconds(2)));
            }
        } catch (org.apache.kafka.common.errors.TimeoutException ex) {
            LOG.debug("Replication: the topic's end is not known now ({})", ex.getMessage());
        }
    }

    private void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** Whether the loop is still applying (it stops on {@link #close()} or when replication halts). */
    public boolean alive() {
        return thread.isAlive();
    }

    @Override
    public void close() {
        running = false;
        KafkaConsumer<String, byte[]> open = consumer;
        if (open != null) {
            open.wakeup();
        }
        try {
            thread.join(10_000);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
