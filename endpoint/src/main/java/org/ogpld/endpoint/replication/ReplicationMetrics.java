package org.ogpld.endpoint.replication;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Replication gauges, tagged with the server's role: {@code ogpld.replication.position} (the last log entry held),
 * {@code ogpld.replication.topic.end} (offset), {@code ogpld.replication.lag.patches} and
 * {@code ogpld.replication.lag.seconds}, {@code ogpld.replication.unpublished} (asynchronous writer).
 */
@Component
class ReplicationMetrics implements InitializingBean {

    private final MeterRegistry registry;
    private final ReplicationStatus status;

    ReplicationMetrics(MeterRegistry registry, ReplicationStatus status) {
        this.registry = registry;
        this.status = status;
    }

    @Override
    public void afterPropertiesSet() {
        String role = status.role();
        Gauge.builder("ogpld.replication.position", status, ReplicationStatus::position).tag("role", role)
                .description("The last change log entry this server holds").register(registry);
        Gauge.builder("ogpld.replication.topic.end", status, s -> ((Number) s.describe()
                .getOrDefault("topicEnd", -1L)).doubleValue()).tag("role", role)
                .description("The topic's end offset, as last learnt").register(registry);
        Gauge.builder("ogpld.replication.lag.patches", status, ReplicationStatus::lag).tag("role", role)
                .description("Patches on the topic a replica has not applied yet").register(registry);
        Gauge.builder("ogpld.replication.unpublished", status, ReplicationStatus::unpublished).tag("role", role)
                .description("Committed log entries an asynchronous writer has not published yet").register(registry);
        Gauge.builder("ogpld.replication.lag.seconds", status, s -> s.lagTime().toMillis() / 1000.0)
                .tag("role", role).baseUnit("seconds").description("How long a replica has been behind")
                .register(registry);
    }
}
