package org.ogpld.endpoint.server;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;
import org.apache.coyote.InputBuffer;
import org.apache.tomcat.util.net.ApplicationBufferHandler;
import org.ogpld.endpoint.ErrorResponses;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * Every request passes here before Spring sees it. A request with a body takes one of
 * {@code ogpld.connections.max-bodies} places, or gets 503 at once without its body being read, so that slow uploads
 * hold at most that many worker threads and the others keep answering queries; its body is read under a deadline
 * ({@link DeadlineInputBuffer}), and drained under that deadline when it was refused before being read.
 * On the operations connector only the operations paths are served. Every request carries its
 * {@link ClientConnection}, so that a write can be abandoned when its client has gone.
 */
final class RequestBodyValve extends ValveBase {

    /** Tomcat's default {@code maxSwallowSize}: what it drains after an answer before it closes instead. */
    private static final long MAX_DRAIN = 2L << 20;

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
        Object connection = request.getCoyoteRequest().getNote(WatchedHttp11Processor.CLIENT_CONNECTION_NOTE);
        if (connection != null) {
            request.setAttribute(ClientConnection.ATTRIBUTE, connection);
        }
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
            if (response.getStatus() >= 400 && request.getAttribute(CutRequestResolver.CUT) == null
                    && !fullyRead(coyote)) {
                drain(request, response);
            }
        } finally {
            coyote.setInputBuffer(original);
            bodies.release();
        }
    }

    /**
     * A request refused before its body was read (401, 403, 413, ...): Tomcat would drain the rest after the answer,
     * without any deadline and no longer counted among the bodies, so a client dripping its body would hold the
     * thread. Sent the answer first, the rest is drained here, under the body's deadline and still counted; a body
     * larger than Tomcat would drain (its {@code maxSwallowSize}, 2 MB), or one cut by the deadline, closes the
     * connection instead.
     */
    private static void drain(Request request, Response response) {
        org.apache.coyote.Request coyote = request.getCoyoteRequest();
        long remaining = request.getContentLengthLong() - coyote.getBytesRead();
        if (remaining > MAX_DRAIN) {
            coyote.action(ActionCode.DISABLE_SWALLOW_INPUT, null);
            return;
        }
        try {
            response.flushBuffer();
            Discard discard = new Discard();
            long drained = 0;
            for (int n = coyote.doRead(discard); n >= 0 && drained <= MAX_DRAIN; n = coyote.doRead(discard)) {
                drained += n;
            }
            if (drained > MAX_DRAIN) {
                coyote.action(ActionCode.DISABLE_SWALLOW_INPUT, null);
            }
        } catch (IOException ex) {
            // Cut by the deadline, or the client is gone: close rather than drain.
            coyote.action(ActionCode.DISABLE_SWALLOW_INPUT, null);
        }
    }

    /** Takes Tomcat's buffer of body bytes and keeps nothing. */
    private static final class Discard implements ApplicationBufferHandler {
        private ByteBuffer buffer = ByteBuffer.allocate(0);

        @Override
        public void setByteBuffer(ByteBuffer buffer) {
            this.buffer = buffer;
        }

        @Override
        public ByteBuffer getByteBuffer() {
            return buffer;
        }

        @Override
        public void expand(int size) {
            // Nothing is kept, so nothing needs room.
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

    /** Answers without reading the body; a body is not drained: the connection closes after the answer. */
    private static void refuse(Request request, Response response, HttpStatus status, String message,
            String retryAfter) throws IOException {
        if (hasBody(request)) {
            request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
        }
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
