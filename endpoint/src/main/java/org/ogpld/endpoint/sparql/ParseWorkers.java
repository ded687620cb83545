package org.ogpld.endpoint.sparql;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.ogpld.endpoint.EndpointException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Parses query and update text on a worker thread, so that parsing counts against the request's deadline: ARQ's
 * parser cannot be interrupted, and some texts (one huge literal, thousands of {@code BIND}s) take seconds.
 * When the deadline passes first the client gets 503 at once; the worker finishes on its own, still holding the
 * request's query slot, and its result is dropped.
 */
@Component
class ParseWorkers implements DisposableBean {

    private final AtomicInteger threads = new AtomicInteger();
    private final ExecutorService pool = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "ogpld-parse-" + threads.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    /**
     * The result of {@code parse}, or 503 when it is not ready by {@code deadlineNanos} ({@link System#nanoTime});
     * a {@code permit}, if given, stays taken until the parse really ends.
     */
    <T> T within(Supplier<T> parse, long deadlineNanos, QueryLimiter.Permit permit, String what) {
        CompletableFuture<T> work = CompletableFuture.supplyAsync(parse, pool);
        try {
            return work.get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException ex) {
            if (permit != null) {
                permit.releaseWhenDone(work);
            }
            throw new EndpointException(HttpStatus.SERVICE_UNAVAILABLE, what + " was cancelled: parsing it ran past "
                    + "its timeout");
        } catch (ExecutionException ex) {
            if (ex.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (ex.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(ex.getCause());
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new EndpointException(HttpStatus.SERVICE_UNAVAILABLE, what + " was interrupted");
        }
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }
}
