package org.ogpld.endpoint.server;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;
import org.apache.coyote.InputBuffer;
import org.ogpld.endpoint.ErrorResponses;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * Every request passes here before Spring sees it. A request with a body takes one of
 * {@code ogpld.connections.max-bodies} places, or gets 503 at once without its body being read, so that slow uploads
 * hold at most that many worker threads and the others keep answering queries; its body is read under a deadline
 * ({@link DeadlineInputBuffer}); refused before its body was read, its connection is closed rather than drained.
 * On the operations connector only the operations paths are served.
 */
final class RequestBodyValve extends ValveBase {

    private final Duration bodyTimeout;
    private final Semaphore bodies;
    private final int maxBodies;
    private volatile Connector operations;

    RequestBodyValve(Duration bodyTimeout, int maxBodies) {
        super(true);
        this.bodyTimeout = bodyTimeout;
        this.maxBodies = maxBodies;
        this.bodies = new Semaphore(maxBodies);
    }

    /** The connector that serves only {@link #isOperation(String)} paths. */
    void operations(Connector connector) {
        this.operations = connector;
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        if (request.getConnector() == operations && !isOperation(request.getDecodedRequestURI())) {
            refuse(request, response, HttpStatus.NOT_FOUND, "Not found: the operations port serves only /$/ping,"
                    + " /$/stats, /$/metrics and /actuator/health", null);
            return;
        }
        if (!hasBody(request)) {
            getNext().invoke(request, response);
            return;
        }
        if (!bodies.tryAcquire()) {
            refuse(request, response, HttpStatus.SERVICE_UNAVAILABLE, "Too many requests are sending a body at once ("
                    + maxBodies + ", ogpld.connections.max-bodies); retry later", "5");
            return;
        }
        org.apache.coyote.Request coyote = request.getCoyoteRequest();
        InputBuffer original = coyote.getInputBuffer();
        coyote.setInputBuffer(new DeadlineInputBuffer(original, request, bodyTimeout));
        try {
            getNext().invoke(request, response);
        } finally {
            coyote.setInputBuffer(original);
            bodies.release();
        }
        if (response.getStatus() >= 400 && !fullyRead(coyote)) {
            // Refused (401, 403, 413, ...) before its body was read: close rather than drain what a slow client sends.
            coyote.action(ActionCode.DISABLE_SWALLOW_INPUT, null);
        }
    }

    private static boolean fullyRead(org.apache.coyote.Request coyote) {
        AtomicBoolean read = new AtomicBoolean();
        coyote.action(ActionCode.REQUEST_BODY_FULLY_READ, read);
        return read.get();
    }

    static boolean isOperation(String path) {
        return path.equals("/$/ping") || path.startsWith("/$/stats") || path.equals("/$/metrics")
                || path.equals("/actuator/health") || path.startsWith("/actuator/health/");
    }

    private static boolean hasBody(Request request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }

    /** Answers without reading the body, and closes the connection after the answer instead of draining it. */
    private static void refuse(Request request, Response response, HttpStatus status, String message,
            String retryAfter) throws IOException {
        request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
        HttpHeaders headers = new HttpHeaders();
        if (retryAfter != null) {
            headers.set(HttpHeaders.RETRY_AFTER, retryAfter);
        }
        try {
            ErrorResponses.write(request.getRequest(), response.getResponse(), status, message, headers, null);
        } catch (IOException | RuntimeException ex) {
            throw ex;
        } catch (Exception ex) {
            throw new IOException(ex);
        }
    }
}
