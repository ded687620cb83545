package org.ogpld.endpoint.sparql;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import org.ogpld.endpoint.EndpointException;
import org.ogpld.endpoint.OgpldProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** Caps the queries running at once; one more is turned away at once with 503 and {@code Retry-After}. */
@Component
class QueryLimiter {

    static final String RETRY_AFTER_SECONDS = "2";

    private final Semaphore permits;
    private final int max;

    QueryLimiter(OgpldProperties properties) {
        this.max = properties.query().maxConcurrent();
        this.permits = new Semaphore(max);
    }

    /** A permit to run one query, released by closing it. */
    Permit acquire() {
        if (!permits.tryAcquire()) {
            HttpHeaders headers = new HttpHeaders();
            headers.set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
            throw new EndpointException(HttpStatus.SERVICE_UNAVAILABLE,
                    "Too many queries running (limit " + max + ", ogpld.query.max-concurrent); retry shortly",
                    headers, null);
        }
        return new Permit(permits);
    }

    /**
     * A held permit: released when first closed, or, once handed to work that outlives its request, when that ends.
     */
    static final class Permit implements AutoCloseable {
        private final Semaphore permits;
        private final AtomicBoolean released = new AtomicBoolean();
        private volatile boolean handedOver;

        private Permit(Semaphore permits) {
            this.permits = permits;
        }

        /** Keeps the slot taken until {@code work} ends: a parse that outlives its request still uses a core. */
        void releaseWhenDone(CompletableFuture<?> work) {
            handedOver = true;
            work.whenComplete((result, failure) -> release());
        }

        @Override
        public void close() {
            if (!handedOver) {
                release();
            }
        }

        private void release() {
            if (released.compareAndSet(false, true)) {
                permits.release();
            }
        }
    }
}
