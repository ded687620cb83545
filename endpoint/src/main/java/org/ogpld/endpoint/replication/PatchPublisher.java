package org.ogpld.endpoint.replication;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.TopicExistsException;
import org.ogpld.endpoint.EndpointException;
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
 * so replicas never see it. The one window left: the store failing to commit after Kafka committed (a full disk in
 * TDB2's prepare step); replicas then stop at the next patch ({@link ReplicationHalt}) rather than diverge.
 */
@Component
@Order(0)
@ConditionalOnExpression("'${ogpld.replication.kafka.bootstrap-servers:}' != '' "
        + "&& !${ogpld.replication.replica:false}")
class PatchPublisher implements CommitHook, DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(PatchPublisher.class);

    private final ReplicationProperties.Kafka kafka;
    private final ReplicationStatus status;
    private KafkaProducer<String, byte[]> producer;

    PatchPublisher(ReplicationProperties properties, ReplicationStatus status) {
        this.kafka = properties.kafka();
        this.status = status;
        LOG.info("Replication: writer, publishing each write's patch to topic {} at {}", kafka.topic(),
                kafka.bootstrapServers());
    }

    @Override
    public synchronized void beforeCommit(LogEntry entry) {
        try {
            KafkaProducer<String, byte[]> open = producer();
            open.beginTransaction();
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(kafka.topic(), KafkaClients.PARTITION,
                    entry.time().toEpochMilli(), "ogp", entry.patch().getBytes(StandardCharsets.UTF_8));
            record.headers().add(KafkaClients.SEQ, Long.toString(entry.seq()).getBytes(StandardCharsets.UTF_8));
            RecordMetadata sent = open.send(record).get(kafka.timeout().toMillis(), TimeUnit.MILLISECONDS);
            open.commitTransaction();
            status.published(entry.seq(), entry.time(), sent.offset());
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw refused(ex);
        } catch (RuntimeException | ExecutionException | java.util.concurrent.TimeoutException ex) {
            throw refused(ex);
        }
    }

    /** Drops the producer: the next one's initialisation aborts whatever Kafka transaction this one left open. */
    private EndpointException refused(Exception cause) {
        LOG.warn("Kafka did not take the patch of a write ({}); the write is refused", cause.toString());
        discard();
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, "10");
        return new EndpointException(HttpStatus.SERVICE_UNAVAILABLE, "Replication: Kafka (" + kafka.bootstrapServers()
                + ", topic " + kafka.topic() + ") did not take the write's change within " + kafka.timeout().toSeconds()
                + " s; nothing was changed", headers, cause);
    }

    private KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            ensureTopic();
            KafkaProducer<String, byte[]> created = new KafkaProducer<>(KafkaClients.producer(kafka));
            try {
                created.initTransactions();
            } catch (RuntimeException ex) {
                created.close(Duration.ZERO);
                throw ex;
            }
            producer = created;
        }
        return producer;
    }

    /** One partition, so that the patches keep the writer's order; the broker's default replication factor. */
    private void ensureTopic() {
        Admin admin = Admin.create(KafkaClients.admin(kafka));
        try {
            admin.createTopics(List.of(new NewTopic(kafka.topic(), Optional.of(1), Optional.empty()))).all()
                    .get(kafka.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException ex) {
            if (!(ex.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Replication: cannot create topic " + kafka.topic() + ": "
                        + ex.getCause().getMessage(), ex);
            }
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted creating topic " + kafka.topic(), ex);
        } catch (java.util.concurrent.TimeoutException ex) {
            throw new IllegalStateException("Replication: Kafka at " + kafka.bootstrapServers() + " did not answer "
                    + "within " + kafka.timeout().toSeconds() + " s", ex);
        } finally {
            // Not waiting for a call Kafka left unanswered: the write waits for nothing more than the timeout.
            admin.close(Duration.ZERO);
        }
    }

    private void discard() {
        if (producer != null) {
            producer.close(Duration.ZERO);
            producer = null;
        }
    }

    @Override
    public synchronized void destroy() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
    }
}
