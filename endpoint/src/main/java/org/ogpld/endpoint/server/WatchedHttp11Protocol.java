package org.ogpld.endpoint.server;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.apache.coyote.AbstractProcessor;
import org.apache.coyote.Processor;
import org.apache.coyote.http11.Http11NioProtocol;
import org.apache.tomcat.util.net.SocketWrapperBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tomcat's HTTP/1.1 NIO protocol with two additions: its processors can tell whether a request's client is still
 * connected ({@link WatchedHttp11Processor}), and the headers of a request must arrive within a total time
 * ({@code ogpld.connections.header-timeout}), not only without a long pause: once a second the connections still
 * receiving a request's headers are looked at, and those past the deadline are closed. Tomcat's own timeouts are
 * idle timeouts, which a client sending one byte every few seconds never trips.
 */
public class WatchedHttp11Protocol extends Http11NioProtocol {

    private static final Logger LOG = LoggerFactory.getLogger(WatchedHttp11Protocol.class);
    private static final long SWEEP_MILLIS = 1_000;

    private volatile Duration headerTimeout = Duration.ofSeconds(60);
    private ScheduledFuture<?> sweeper;

    /** Longest time from a request's first byte to the end of its headers. */
    void headerTimeout(Duration timeout) {
        this.headerTimeout = timeout;
    }

    @Override
    protected Processor createProcessor() {
        return new WatchedHttp11Processor(this, getAdapter());
    }

    @Override
    public void start() throws Exception {
        super.start();
        sweeper = getUtilityExecutor().scheduleWithFixedDelay(this::closeSlowHeaders, SWEEP_MILLIS, SWEEP_MILLIS,
                TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() throws Exception {
        if (sweeper != null) {
            sweeper.cancel(false);
        }
        super.stop();
    }

    private void closeSlowHeaders() {
        long now = System.nanoTime();
        long limit = headerTimeout.toNanos();
        try {
            for (SocketWrapperBase<?> connection : getEndpoint().getConnections()) {
                if (connection.getCurrentProcessor() instanceof AbstractProcessor processor
                        && receivingHeadersSince(processor, now) > limit) {
                    LOG.debug("Closing a connection whose request headers took longer than {}", headerTimeout);
                    connection.close();
                }
            }
        } catch (RuntimeException ex) {
            // A failing sweep must not end the ones after it (a scheduled task that throws is never run again).
            LOG.warn("Could not look for connections sending their headers too slowly", ex);
        }
    }

    /**
     * Nanoseconds since the first byte of a request whose headers are still arriving, else 0. A processor stays with
     * a connection between reads only while the request's head is incomplete (or the request is asynchronous);
     * once the head is read it is served on a worker thread, which holds the processor until the request ends.
     */
    private static long receivingHeadersSince(AbstractProcessor processor, long now) {
        long started = processor.getRequest().getStartTimeNanos();
        return !processor.isAsync() && !processor.isUpgrade() && started != -1 ? now - started : 0;
    }
}
