package org.ogpld.endpoint.replication;

import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/** The last log entry on the topic, read as replicas read it (committed records of the partition). */
final class TopicEnd {

    private TopicEnd() {
    }

    /**
     * The highest {@code ogpld-seq} among the committed records at the end of the partition (0 for an empty topic):
     * reads a window before the end, widened while it holds no committed record (aborted transactions and
     * transaction markers take offsets too).
     */
    static long lastSeq(ReplicationProperties.Kafka kafka) {
        TopicPartition partition = new TopicPartition(kafka.topic(), KafkaClients.PARTITION);
        Duration timeout = kafka.timeout();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(KafkaClients.consumer(kafka))) {
            consumer.assign(List.of(partition));
            long end = consumer.endOffsets(List.of(partition), timeout).get(partition);
            long start = consumer.beginningOffsets(List.of(partition), timeout).get(partition);
            for (long window = 16; ; window *= 4) {
                long from = Math.max(start, end - window);
                long last = maxSeq(consumer, partition, from, end, timeout);
                if (last > 0 || from == start) {
                    return last;
                }
            }
        }
    }

    private static long maxSeq(KafkaConsumer<String, byte[]> consumer, TopicPartition partition, long from, long end,
            Duration timeout) {
        consumer.seek(partition, from);
        long last = 0;
        long deadline = System.nanoTime() + timeout.toNanos();
        while (consumer.position(partition, timeout) < end) {
            if (System.nanoTime() > deadline) {
                throw new org.apache.kafka.common.errors.TimeoutException("reading the end of topic "
                        + partition.topic() + " took more than " + timeout.toSeconds() + " s");
            }
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                last = Math.max(last, TopicRecords.seq(record).orElse(0));
            }
        }
        return last;
    }
}
