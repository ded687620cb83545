package org.ogpld.endpoint.server;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bounds on reading requests, under {@code ogpld.connections.}; the endpoint README documents each one.
 *
 * @param bodyTimeout longest time to receive a request body, from its first read to its last byte; a body still
 *                    arriving then is cut with 408 and the connection closed
 * @param headerTimeout longest time to receive a request's headers, from its first byte; a connection still
 *                      sending them then is closed
 * @param idleTimeout longest wait for the next bytes of a request's headers or body (Tomcat's
 *                    {@code connectionTimeout} and {@code connectionUploadTimeout})
 * @param maxBodies requests receiving a body at once; more get 503 at once, without their body being read, so
 *                  that slow uploads can never hold every worker thread
 * @param opsPort port of a second connector, with its own few threads, answering only {@code /$/ping},
 *                {@code /$/stats}, {@code /$/metrics} and {@code /actuator/health}; unset means none, 0 any free port
 * @param opsThreads worker threads of that connector
 */
@ConfigurationProperties("ogpld.connections")
public record ConnectionSettings(
        @DefaultValue("120s") Duration bodyTimeout,
        @DefaultValue("30s") Duration headerTimeout,
        @DefaultValue("20s") Duration idleTimeout,
        @DefaultValue("100") int maxBodies,
        Integer opsPort,
        @DefaultValue("4") int opsThreads) {

    public ConnectionSettings {
        if (maxBodies < 1 || opsThreads < 1) {
            throw new IllegalArgumentException("ogpld.connections.max-bodies and ops-threads must be at least 1");
        }
    }
}
