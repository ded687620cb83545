package org.ogpld.endpoint.replication;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.ogpld.endpoint.ErrorResponses;
import org.ogpld.endpoint.changes.CommitHook;
import org.ogpld.endpoint.changes.LogEntry;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The consistency a client gets across servers: every response carries {@value #POSITION}, the last log entry the
 * answering server holds (a write's response: the entry the write made); a request carrying
 * {@value #MIN_POSITION} (or {@code ?min-position=}) waits, at most {@code ogpld.replication.max-wait}, until the
 * server holds that entry, and gets 503 if it does not by then. A client that sends the position of its last
 * answer never sees an older state, whichever replica answers.
 */
@Component
@Order(10)
class PositionHeader extends OncePerRequestFilter implements CommitHook {

    /** Response header: the last log entry the answering server holds. */
    static final String POSITION = "Ogpld-Position";
    /** Request header: answer only from a state holding at least this log entry. */
    static final String MIN_POSITION = "Ogpld-Min-Position";

    private final ReplicationStatus status;
    private final Duration maxWait;

    PositionHeader(ReplicationStatus status, ReplicationProperties properties) {
        this.status = status;
        this.maxWait = properties.maxWait();
    }

    @Override
    public void beforeCommit(LogEntry entry) {
        if (!"writer".equals(status.role())) {
            status.committed(entry.seq(), entry.time());
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                && attributes.getResponse() != null) {
            attributes.getResponse().setHeader(POSITION, Long.toString(entry.seq()));
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String wanted = request.getHeader(MIN_POSITION);
        if (wanted == null && request.getQueryString() != null && request.getQueryString().contains("min-position=")) {
            wanted = request.getParameter("min-position");
        }
        if (wanted != null && !reached(wanted.trim(), request, response)) {
            return;
        }
        response.setHeader(POSITION, Long.toString(status.position()));
        chain.doFilter(request, response);
    }

    private boolean reached(String wanted, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        try {
            long seq;
            try {
                seq = Long.parseLong(wanted);
            } catch (NumberFormatException ex) {
                ErrorResponses.write(request, response, HttpStatus.BAD_REQUEST, MIN_POSITION + " must be a log "
                        + "entry number, not '" + wanted + "'", HttpHeaders.EMPTY, null);
                return false;
            }
            if (status.awaitPosition(seq, maxWait)) {
                return true;
            }
            HttpHeaders headers = new HttpHeaders();
            headers.set(HttpHeaders.RETRY_AFTER, "1");
            headers.set(POSITION, Long.toString(status.position()));
            ErrorResponses.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "This server holds the log up "
                    + "to entry " + status.position() + ", not yet " + seq + " (" + MIN_POSITION + "), after waiting "
                    + maxWait.toMillis() + " ms", headers, null);
            return false;
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new ServletException(ex);
        } catch (IOException | ServletException | RuntimeException ex) {
            throw ex;
        } catch (Exception ex) {
            throw new ServletException(ex);
        }
    }
}
