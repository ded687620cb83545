package org.ogpld.endpoint.replication;

import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.ogpld.endpoint.changes.ChangeLog;
import org.ogpld.endpoint.changes.CommitHook;
import org.ogpld.endpoint.changes.LogEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The writer's side in {@code async} mode ({@code ogpld.replication.async=true}): a write is answered once its
 * store committed; a thread of its own then publishes the log's entries to the topic in order, each in its own Kafka
 * transaction, retrying (backing off up to 10 s) while Kafka is unreachable. The log is the queue, so nothing is lost
 * when the process stops: at start (and after each Kafka failure) the thread reads the topic's last entry and goes
 * on from there. What is not yet on the topic is {@code unpublished} in {@code /$/stats} (with its age) and the
 * {@code ogpld.replication.unpublished} gauge. A topic already past the store's log (another history) stops
 * publishing, named in {@code /$/stats}' {@code halted}.
 */
@Component
@Order(0)
@ConditionalOnExpression("'${ogpld.replication.kafka.bootstrap-servers:}' != '' "
        + "&& !${ogpld.replication.replica:false} && ${ogpld.replication.async:false}")
class AsyncPatchPublisher implements CommitHook, InitializingBean, DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(AsyncPatchPublisher.class);
    private static final long MAX_BACKOFF_MS = 10_000;

    private final ReplicationProperties.Kafka kafka;
    private final ReplicationStatus status;
    private final Dataset dataset;
    private final Thread thread;
    private final Object wake = new Object();
    private volatile boolean running = true;
    /** The highest entry a write has told of (it may still be committing). */
    private volatile long wanted;
    /** The last entry on the topic, -1 before it is known. */
    private long published = -1;

    AsyncPatchPublisher(ReplicationProperties properties, ReplicationStatus status, Dataset dataset) {
        this.kafka = properties.kafka();
        this.status = status;
        this.dataset = dataset;
        this.thread = new Thread(this::run, "ogpld-publisher");
        thread.setDaemon(true);
    }

    @Override
    public void afterPropertiesSet() {
        LOG.info("Replication: writer (async), publishing the log's entries to topic {} at {} after they commit",
                kafka.topic(), kafka.bootstrapServers());
        thread.start();
    }

    @Override
    public void beforeCommit(LogEntry entry) {
        status.committed(entry.seq(), entry.time());
        wanted = Math.max(wanted, entry.seq());
        synchronized (wake) {
            wake.notifyAll();
        }
    }

    private void run() {
        long backoff = 500;
        while (running) {
            try (TopicProducer producer = TopicProducer.open(kafka)) {
                published = TopicEnd.lastSeq(kafka);
                backoff = 500;
                while (running) {
                    long head = head();
                    if (published > head) {
                        String reason = "topic " + kafka.topic() + " holds log entry " + published + ", past this "
                                + "store's last entry " + head + ": another history; publish to a new topic";
                        LOG.error("Replication stopped: {}", reason);
                        status.halt(reason);
                        return;
                    }
                    status.unpublished(head - published);
                    if (published == head) {
                        // A write told of is still committing: look again soon.
                        await(wanted > head ? 50 : 1000);
                        continue;
                    }
                    long seq = published + 1;
                    Optional<LogEntry> entry = Txn.calculateRead(dataset, () -> ChangeLog.entry(
                            dataset.asDatasetGraph(), seq));
                    if (entry.isEmpty()) {
                        LOG.warn("Replication: log entry {} is not on topic {} and the log no longer holds it; "
                                + "replicas will stop at the gap and need a snapshot", seq, kafka.topic());
                    } else {
                        status.shipped(producer.send(entry.get()));
                    }
                    published = seq;
                }
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception ex) {
                if (!running) {
                    return;
                }
                if (published >= 0) {
                    status.unpublished(Math.max(0, head() - published));
                }
                LOG.warn("Replication: Kafka did not take the log's next entry ({}); trying again in {} ms",
                        ex.toString(), backoff);
                sleep(backoff);
                backoff = Math.min(MAX_BACKOFF_MS, backoff * 2);
            }
        }
    }

    private long head() {
        return Txn.calculateRead(dataset, () -> ChangeLog.head(dataset.asDatasetGraph()).last());
    }

    private void await(long millis) throws InterruptedException {
        synchronized (wake) {
            wake.wait(millis);
        }
    }

    private void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join(10_000);
    }
}
