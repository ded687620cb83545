package org.ogpld.endpoint.replication;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;

/** A topic's patches read from its start as a replica reads them (committed records only): for checks and figures. */
public final class TopicRecords {

    private TopicRecords() {
    }

    /** Every committed record of the patch partition of {@code topic}, in the writer's order, up to its current end. */
    public static List<ConsumerRecord<String, byte[]>> committed(String bootstrapServers, String topic) {
        ReplicationProperties.Kafka kafka = new ReplicationProperties.Kafka(bootstrapServers, topic,
                Duration.ofSeconds(10), Map.of());
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(KafkaClients.consumer(kafka))) {
            TopicPartition partition = new TopicPartition(topic, KafkaClients.PARTITION);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            while (consumer.position(partition) < end) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
        }
        return records;
    }

    /** The change log sequence number {@code record} carries, if it is a patch. */
    public static OptionalLong seq(ConsumerRecord<String, byte[]> record) {
        Header seq = record.headers().lastHeader(KafkaClients.SEQ);
        return seq == null ? OptionalLong.empty()
                : OptionalLong.of(Long.parseLong(new String(seq.value(), StandardCharsets.UTF_8)));
    }
}
