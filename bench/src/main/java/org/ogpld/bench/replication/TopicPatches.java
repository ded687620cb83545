package org.ogpld.bench.replication;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * What the writer put on the topic, read as a replica reads it (committed records of partition 0): for each log
 * entry, the size of its patch in bytes and in quad changes (its {@code A} and {@code D} rows).
 */
final class TopicPatches {

    /**
     * One patch.
     *
     * @param bytes its size on the topic (RDF Patch text, uncompressed)
     * @param quads quads it adds or deletes
     */
    record Patch(long bytes, long quads) {
    }

    private TopicPatches() {
    }

    /** Every patch of {@code topic}, by log sequence number. */
    static Map<Long, Patch> read(String bootstrapServers, String topic) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        Map<Long, Patch> patches = new HashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            TopicPartition partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            while (consumer.position(partition) < end) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    Header seq = record.headers().lastHeader("ogpld-seq");
                    if (seq != null) {
                        patches.put(Long.parseLong(new String(seq.value(), StandardCharsets.UTF_8)),
                                new Patch(record.value().length, quads(record.value())));
                    }
                }
            }
        }
        return patches;
    }

    /** Rows starting {@code A } or {@code D } (RDF Patch text: one change per row). */
    static long quads(byte[] patch) {
        long count = 0;
        boolean lineStart = true;
        for (int i = 0; i + 1 < patch.length; i++) {
            if (lineStart && (patch[i] == 'A' || patch[i] == 'D') && patch[i + 1] == ' ') {
                count++;
            }
            lineStart = patch[i] == '\n';
        }
        return count;
    }
}
