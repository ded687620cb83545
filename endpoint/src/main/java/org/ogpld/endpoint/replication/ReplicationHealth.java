package org.ogpld.endpoint.replication;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Readiness of a replica ({@code /actuator/health/readiness} includes it): down while it is more than
 * {@code ogpld.replication.max-lag} patches behind the topic, or when replication has halted; a writer or a
 * standalone server is always up here.
 */
@Component("replication")
class ReplicationHealth implements HealthIndicator {

    private final ReplicationStatus status;
    private final long maxLag;

    ReplicationHealth(ReplicationStatus status, ReplicationProperties properties) {
        this.status = status;
        this.maxLag = properties.maxLag();
    }

    @Override
    public Health health() {
        Health.Builder health = status.halted() != null || status.lag() > maxLag ? Health.down() : Health.up();
        status.describe().forEach(health::withDetail);
        return health.build();
    }
}
