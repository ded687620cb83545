package org.ogpld.endpoint.server;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import org.apache.catalina.connector.Request;
import org.apache.coyote.ActionCode;
import org.apache.coyote.InputBuffer;
import org.apache.tomcat.util.net.ApplicationBufferHandler;
import org.ogpld.endpoint.ErrorResponses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * Tomcat's input buffer of one request, with a deadline for the whole request, counted from its first byte (so the
 * time its headers took counts too): every read of its body, whoever makes it (Tomcat's form and multipart parsers
 * included), fails once the request has taken longer than the budget, and so does a read that waits longer than
 * the idle timeout. The 408 is sent there and then, before the failure travels up: Tomcat's handling of a failed
 * read (an error page, or for a form a connection closed without an answer) would otherwise decide the response,
 * and {@link CutRequestResolver} keeps the handlers from answering again.
 * Tomcat is told not to drain the rest of the body, so the worker thread is free at once and the connection closes.
 */
final class DeadlineInputBuffer implements InputBuffer {

    private static final Logger LOG = LoggerFactory.getLogger(DeadlineInputBuffer.class);

    private final InputBuffer delegate;
    private final Request request;
    private final Duration budget;
    private final long deadline;

    DeadlineInputBuffer(InputBuffer delegate, Request request, Duration budget) {
        this.delegate = delegate;
        this.request = request;
        this.budget = budget;
        long started = request.getCoyoteRequest().getStartTimeNanos();
        this.deadline = (started != -1 ? started : System.nanoTime()) + budget.toNanos();
    }

    @Override
    public int doRead(ApplicationBufferHandler handler) throws IOException {
        check(System.nanoTime());
        int read;
        try {
            read = delegate.doRead(handler);
        } catch (SocketTimeoutException ex) {
            throw cut("no bytes of the request body arrived for longer than ogpld.connections.idle-timeout");
        }
        check(System.nanoTime());
        return read;
    }

    private void check(long now) throws BodyTimeoutException {
        if (now - deadline > 0) {
            throw cut("the request took longer than " + budget.toSeconds()
                    + " s to arrive (ogpld.connections.body-timeout)");
        }
    }

    private BodyTimeoutException cut(String reason) {
        BodyTimeoutException timeout = new BodyTimeoutException("Request timeout: " + reason);
        request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
        request.setAttribute(CutRequestResolver.CUT, timeout);
        if (!request.getResponse().isCommitted()) {
            HttpHeaders headers = new HttpHeaders();
            headers.setConnection("close");
            try {
                ErrorResponses.write(request.getRequest(), request.getResponse().getResponse(),
                        HttpStatus.REQUEST_TIMEOUT, timeout.getMessage(), headers, timeout);
                request.getResponse().flushBuffer();
                // Answered: no error page from Tomcat after the failing read.
                request.getResponse().setError();
                request.getResponse().setErrorReported();
            } catch (Exception ex) {
                LOG.debug("Could not answer 408 to {}", request.getRequestURI(), ex);
            }
        }
        return timeout;
    }

    @Override
    public int available() {
        return delegate.available();
    }
}
