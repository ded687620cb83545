package org.ogpld.bench.replication;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ogpld.endpoint.replication.TopicRecords;

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
        Map<Long, Patch> patches = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : TopicRecords.committed(bootstrapServers, topic)) {
            TopicRecords.seq(record).ifPresent(seq -> patches.put(seq, new Patch(record.value().length,
                    quads(record.value()))));
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
