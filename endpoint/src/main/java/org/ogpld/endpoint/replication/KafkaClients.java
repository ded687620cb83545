package org.ogpld.endpoint.replication;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** The Kafka client settings of the writer and the replicas; the pass-through properties are applied last. */
final class KafkaClients {

    /** The partition carrying the patches: one partition keeps them in the writer's order. */
    static final int PARTITION = 0;
    /** The record header holding the patch's log sequence number. */
    static final String SEQ = "ogpld-seq";
    /**
     * The largest patch the writer sends (64 MiB of RDF Patch text, before compression) and the topic takes: Kafka's
     * default of 1 MiB refuses a write replacing a graph of about 4,000 quads (an SF 10 member publication).
     */
    static final int MAX_PATCH_BYTES = 64 << 20;

    private KafkaClients() {
    }

    /**
     * A transactional, idempotent producer: each patch is committed to the topic in a Kafka transaction of its own,
     * so a patch whose write was aborted is never read by replicas (they read committed records only), and a second
     * writer on the same topic fences the first.
     */
    static Map<String, Object> producer(ReplicationProperties.Kafka kafka) {
        Map<String, Object> config = common(kafka);
        int timeout = (int) kafka.timeout().toMillis();
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "ogpld-writer-" + kafka.topic());
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        // RDF Patch text compresses about tenfold; the size limit is checked before compression.
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, MAX_PATCH_BYTES);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, timeout);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeout);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.putAll(kafka.properties());
        return config;
    }

    /** A consumer reading committed records only, from the offsets the replica's store records (no group). */
    static Map<String, Object> consumer(ReplicationProperties.Kafka kafka) {
        Map<String, Object> config = common(kafka);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.putAll(kafka.properties());
        return config;
    }

    /** For the topic's creation. */
    static Map<String, Object> admin(ReplicationProperties.Kafka kafka) {
        Map<String, Object> config = common(kafka);
        config.put(CommonClientConfigs.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) kafka.timeout().toMillis());
        config.put(CommonClientConfigs.REQUEST_TIMEOUT_MS_CONFIG, (int) kafka.timeout().toMillis());
        config.putAll(kafka.properties());
        return config;
    }

    private static Map<String, Object> common(ReplicationProperties.Kafka kafka) {
        Map<String, Object> config = new HashMap<>();
        config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        config.put(CommonClientConfigs.CLIENT_ID_CONFIG, "ogpld-" + kafka.topic());
        return config;
    }
}
