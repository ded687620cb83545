package org.ogpld.endpoint.replication;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.ogpld.endpoint.changes.LogEntry;

/**
 * The writer's transactional producer on the topic (created with one partition if missing): each log entry's patch
 * committed in a Kafka transaction of its own. Opening one aborts whatever transaction an earlier one left open.
 */
final class TopicProducer implements AutoCloseable {

    private final ReplicationProperties.Kafka kafka;
    private final KafkaProducer<String, byte[]> producer;

    private TopicProducer(ReplicationProperties.Kafka kafka, KafkaProducer<String, byte[]> producer) {
        this.kafka = kafka;
        this.producer = producer;
    }

    /** Creates the topic if it is missing and a producer ready for transactions. */
    static TopicProducer open(ReplicationProperties.Kafka kafka) {
        ensureTopic(kafka);
        KafkaProducer<String, byte[]> created = new KafkaProducer<>(KafkaClients.producer(kafka));
        try {
            created.initTransactions();
        } catch (RuntimeException ex) {
            created.close(Duration.ZERO);
            throw ex;
        }
        return new TopicProducer(kafka, created);
    }

    /** Commits {@code entry}'s patch to the topic in a Kafka transaction of its own; returns its offset. */
    long send(LogEntry entry) throws InterruptedException, ExecutionException, TimeoutException {
        producer.beginTransaction();
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(kafka.topic(), KafkaClients.PARTITION,
                entry.time().toEpochMilli(), "ogp", entry.patch().getBytes(StandardCharsets.UTF_8));
        record.headers().add(KafkaClients.SEQ, Long.toString(entry.seq()).getBytes(StandardCharsets.UTF_8));
        RecordMetadata sent = producer.send(record).get(kafka.timeout().toMillis(), TimeUnit.MILLISECONDS);
        producer.commitTransaction();
        return sent.offset();
    }

    /** One partition, so that the patches keep the writer's order; the broker's default replication factor. */
    private static void ensureTopic(ReplicationProperties.Kafka kafka) {
        Admin admin = Admin.create(KafkaClients.admin(kafka));
        try {
            NewTopic topic = new NewTopic(kafka.topic(), Optional.of(1), Optional.empty()).configs(
                    Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(KafkaClients.MAX_PATCH_BYTES)));
            admin.createTopics(List.of(topic)).all().get(kafka.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException ex) {
            if (!(ex.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Replication: cannot create topic " + kafka.topic() + ": "
                        + ex.getCause().getMessage(), ex);
            }
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted creating topic " + kafka.topic(), ex);
        } catch (TimeoutException ex) {
            throw new IllegalStateException("Replication: Kafka at " + kafka.bootstrapServers() + " did not answer "
                    + "within " + kafka.timeout().toSeconds() + " s", ex);
        } finally {
            // Not waiting for a call Kafka left unanswered: the write waits for nothing more than the timeout.
            admin.close(Duration.ZERO);
        }
    }

    /** Closes at once: a transaction left open is aborted by the next producer's initialisation. */
    void discard() {
        producer.close(Duration.ZERO);
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
