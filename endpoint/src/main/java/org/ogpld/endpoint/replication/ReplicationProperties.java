package org.ogpld.endpoint.replication;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of replication ({@code ogpld.replication.*}). Off unless {@code kafka.bootstrap-servers} is set; then
 * this server is the writer, or a read replica with {@code replica=true} ({@code ogpld serve --replica}).
 *
 * @param replica whether this server is a read replica: it applies the topic and refuses writes
 * @param writerUrl the writer's public URL: a replica sends writes there (307) and takes its first snapshot from
 *     its {@code /dump}; unset, a replica answers writes with 405 and starts from the topic's beginning
 * @param maxLag how many patches a replica may be behind before its readiness fails
 * @param maxWait how long a request with {@code Ogpld-Min-Position} waits for a replica to get there
 * @param async whether the writer answers a write once its store committed and publishes the patch afterwards
 *     (retrying until Kafka takes it), instead of only after Kafka has it
 * @param kafka the Kafka cluster and topic
 */
@ConfigurationProperties("ogpld.replication")
public record ReplicationProperties(@DefaultValue("false") boolean replica, String writerUrl,
        @DefaultValue("1000") long maxLag, @DefaultValue("5s") Duration maxWait, @DefaultValue("false") boolean async,
        @DefaultValue Kafka kafka) {

    public ReplicationProperties {
        if (replica && !kafka.enabled()) {
            throw new IllegalArgumentException("ogpld.replication.replica=true needs "
                    + "ogpld.replication.kafka.bootstrap-servers: a replica applies the writer's topic");
        }
        if (writerUrl != null && !writerUrl.isBlank() && !writerUrl.endsWith("/")) {
            writerUrl = writerUrl + "/";
        }
        if (maxLag < 0) {
            throw new IllegalArgumentException("ogpld.replication.max-lag must be 0 or more, not " + maxLag);
        }
    }

    /**
     * The Kafka side.
     *
     * @param bootstrapServers the cluster ({@code host:port,...}); unset, replication is off
     * @param topic the topic of patches (partition 0 carries them, in order)
     * @param timeout how long a write waits for Kafka to take its patch before it fails with 503
     * @param properties Kafka client properties passed through as they are (TLS, SASL, ...:
     *     {@code ogpld.replication.kafka.properties[security.protocol]=SSL})
     */
    public record Kafka(String bootstrapServers, @DefaultValue("ogpld-changes") String topic,
            @DefaultValue("10s") Duration timeout, Map<String, String> properties) {

        public Kafka {
            properties = properties == null ? Map.of() : Map.copyOf(properties);
        }

        /** Whether replication is on. */
        public boolean enabled() {
            return bootstrapServers != null && !bootstrapServers.isBlank();
        }
    }

    /** What this server is: {@code writer}, {@code replica}, or {@code standalone} (replication off). */
    public String role() {
        return replica ? "replica" : kafka.enabled() ? "writer" : "standalone";
    }

    /** Whether a writer's URL is set. */
    public boolean hasWriterUrl() {
        return writerUrl != null && !writerUrl.isBlank();
    }
}
