package org.ogpld.endpoint.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.ogpld.endpoint.RequestFacts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One structured log line per request ({@code method path op hash status rows ms}), and the request metrics.
 * It logs the path without the query string and a hash of the query, never the query text or any header, so no
 * credential can reach the log.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestLogFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger("org.ogpld.endpoint.requests");

    private final MeterRegistry registry;
    private final RequestCounters counters;

    RequestLogFilter(MeterRegistry registry, RequestCounters counters) {
        this.registry = registry;
        this.counters = counters;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long start = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            record(request, response, System.nanoTime() - start);
        }
    }

    private void record(HttpServletRequest request, HttpServletResponse response, long nanos) {
        String operation = RequestFacts.operation(request);
        int status = response.getStatus();
        boolean timeout = RequestFacts.timedOut(request);
        counters.record(operation, status, timeout);
        Timer.builder("ogpld.requests")
                .description("Requests by operation and status")
                .tag("operation", operation)
                .tag("method", request.getMethod())
                .tag("status", Integer.toString(status))
                .publishPercentileHistogram()
                .register(registry)
                .record(nanos, TimeUnit.NANOSECONDS);
        if (timeout) {
            Counter.builder("ogpld.query.timeouts").description("Queries cancelled by their timeout")
                    .register(registry).increment();
        }
        if (status >= 400) {
            Counter.builder("ogpld.errors").description("Requests answered with an error status")
                    .tag("status", Integer.toString(status)).register(registry).increment();
        }
        LOG.info("method={} path={} op={} hash={} status={} rows={} ms={}", request.getMethod(),
                request.getRequestURI(), operation, RequestFacts.queryHash(request), status,
                RequestFacts.rows(request), TimeUnit.NANOSECONDS.toMillis(nanos));
    }
}
