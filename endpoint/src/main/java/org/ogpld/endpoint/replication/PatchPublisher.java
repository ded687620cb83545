package org.ogpld.endpoint.replication;

import java.util.concurrent.ExecutionException;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.ogpld.endpoint.EndpointException;
import org.ogpld.endpoint.changes.ChangeLog;
import org.ogpld.endpoint.changes.CommitHook;
import org.ogpld.endpoint.changes.LogEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The writer's side: each write's patch is committed to the topic, in a Kafka transaction, as the last step before
 * the write's TDB2 transaction commits. A write is therefore acknowledged only once Kafka holds its patch (on every
 * in-sync replica of the partition: {@code acks=all}); a write whose patch Kafka does not take within
 * {@code ogpld.replication.kafka.timeout} fails with 503 and changes nothing, and its Kafka transaction is aborted,
 * so replicas never see it. Entries the topic lacks (made while replication was off) are published first, at the first
 * write; a topic already past this store's log is refused (see {@link #catchUp}). The one window left: the store
 * failing to commit after Kafka committed (a full disk in TDB2's prepare step); the writer then refuses writes until
 * the topic is replaced, and replicas stop at the next patch ({@link ReplicationHalt}) rather than diverge.
 */
@Component
@Order(0)
@ConditionalOnExpression("'${ogpld.replication.kafka.bootstrap-servers:}' != '' "
        + "&& !${ogpld.replication.replica:false} && !${ogpld.replication.async:false}")
class PatchPublisher implements CommitHook, DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(PatchPublisher.class);

    private final ReplicationProperties.Kafka kafka;
    private final ReplicationStatus status;
    private final Dataset dataset;
    private TopicProducer producer;
    /** The last log entry committed to the topic by this process. */
    private long published;

    PatchPublisher(ReplicationProperties properties, ReplicationStatus status, Dataset dataset) {
        this.kafka = properties.kafka();
        this.status = status;
        this.dataset = dataset;
        LOG.info("Replication: writer, publishing each write's patch to topic {} at {}", kafka.topic(),
                kafka.bootstrapServers());
    }

    @Override
    public synchronized void beforeCommit(LogEntry entry) {
        try {
            if (producer == null) {
                producer = TopicProducer.open(kafka);
                catchUp(entry);
            } else if (entry.seq() <= published) {
                // The store lost a write whose patch Kafka took (its commit failed after the hook).
                throw new IllegalStateException("topic " + kafka.topic() + " already holds log entry " + published
                        + " (a write whose store commit failed after Kafka took it), this write would be entry "
                        + entry.seq() + "; publish to a new topic and start the replicas again from this writer's "
                        + "snapshot");
            }
            send(entry);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw refused(ex);
        } catch (RuntimeException | ExecutionException | java.util.concurrent.TimeoutException ex) {
            throw refused(ex);
        }
    }

    /** Commits {@code entry}'s patch to the topic in a Kafka transaction of its own. */
    private void send(LogEntry entry) throws InterruptedException, ExecutionException,
            java.util.concurrent.TimeoutException {
        long offset = producer.send(entry);
        published = entry.seq();
        status.published(entry.seq(), entry.time(), offset);
    }

    /**
     * With a new producer (at the first write, and after Kafka failed), before {@code entry}: publishes the log
     * entries the topic lacks (made while replication was off, or by {@code ogpld load} while the writer was
     * stopped), in order, from the log still holding them; and refuses to go on if the topic already holds
     * {@code entry}'s number (another history: a topic used with another store, or a patch whose Kafka commit went
     * through when the write failed), since replicas would then skip this writer's entry as already applied.
     */
    private void catchUp(LogEntry entry) throws InterruptedException, ExecutionException,
            java.util.concurrent.TimeoutException {
        long onTopic = TopicEnd.lastSeq(kafka);
        if (onTopic >= entry.seq()) {
            throw new IllegalStateException("topic " + kafka.topic() + " already holds log entry " + onTopic
                    + ", this write would be entry " + entry.seq() + ": the topic carries another history than this "
                    + "store's; publish to a new topic and start the replicas again from this writer's snapshot");
        }
        DatasetGraph store = dataset.asDatasetGraph();
        for (long seq = onTopic + 1; seq < entry.seq(); seq++) {
            java.util.Optional<LogEntry> missing = ChangeLog.entry(store, seq);
            if (missing.isEmpty()) {
                LOG.warn("Replication: log entry {} never reached topic {} and the log no longer holds it; replicas "
                        + "will stop at the gap and need a snapshot", seq, kafka.topic());
                continue;
            }
            send(missing.get());
            LOG.info("Replication: published log entry {}, which had not reached topic {}", seq, kafka.topic());
        }
    }

    /** Drops the producer: the next one's initialisation aborts whatever Kafka transaction this one left open. */
    private EndpointException refused(Exception refusal) {
        LOG.warn("Kafka did not take the patch of a write ({}); the write is refused", refusal.toString());
        discard();
        for (Throwable cause = refusal; cause != null; cause = cause.getCause()) {
            if (cause instanceof RecordTooLargeException) {
                return new EndpointException(HttpStatus.CONTENT_TOO_LARGE, "Replication: the write's change is "
                        + "larger than Kafka takes (topic " + kafka.topic() + ": " + cause.getMessage() + "; the "
                        + "producer's max.request.size, the topic's max.message.bytes); nothing was changed",
                        new HttpHeaders(), refusal);
            }
        }
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, "10");
        Throwable cause = refusal instanceof ExecutionException && refusal.getCause() != null ? refusal.getCause()
                : refusal;
        return new EndpointException(HttpStatus.SERVICE_UNAVAILABLE, "Replication: Kafka (" + kafka.bootstrapServers()
                + ", topic " + kafka.topic() + ") did not take the write's change (within " + kafka.timeout()
                .toSeconds() + " s: " + cause.getMessage() + "); nothing was changed", headers, refusal);
    }

    private void discard() {
        if (producer != null) {
            producer.discard();
            producer = null;
        }
    }

    @Override
    public synchronized void destroy() {
        if (producer != null) {
            producer.close();
            producer = null;
        }
    }
}
