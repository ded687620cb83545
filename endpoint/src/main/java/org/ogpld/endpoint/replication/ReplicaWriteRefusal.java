package org.ogpld.endpoint.replication;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.ogpld.endpoint.ErrorResponses;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A replica takes no writes: SPARQL updates and Graph Store writes are sent to the writer with 307 (which keeps the
 * method and body) when {@code ogpld.replication.writer-url} is set, and refused with 405 otherwise.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "ogpld.replication.replica", havingValue = "true")
class ReplicaWriteRefusal extends OncePerRequestFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final ReplicationProperties properties;

    ReplicaWriteRefusal(ReplicationProperties properties) {
        this.properties = properties;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isWrite(request)) {
            chain.doFilter(request, response);
            return;
        }
        try {
            if (properties.hasWriterUrl()) {
                String path = request.getRequestURI().substring(request.getContextPath().length() + 1);
                String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
                response.setStatus(HttpServletResponse.SC_TEMPORARY_REDIRECT);
                response.setHeader(HttpHeaders.LOCATION, properties.writerUrl() + path + query);
                return;
            }
            HttpHeaders headers = new HttpHeaders();
            headers.set(HttpHeaders.ALLOW, "GET, HEAD, OPTIONS");
            ErrorResponses.write(request, response, HttpStatus.METHOD_NOT_ALLOWED, "This server is a read replica: "
                    + "send writes to the writer (ogpld.replication.writer-url is not set here)", headers, null);
        } catch (IOException | RuntimeException ex) {
            throw ex;
        } catch (Exception ex) {
            throw new ServletException(ex);
        }
    }

    /** SPARQL updates (also POSTed to {@code /ogp} and {@code /ogp/sparql}) and Graph Store writes. */
    static boolean isWrite(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (READS.contains(request.getMethod()) || !path.startsWith("/ogp")) {
            return false;
        }
        if (path.equals("/ogp/update") || path.startsWith("/ogp/data")) {
            return true;
        }
        if (path.equals("/ogp") && (request.getParameter("graph") != null || request.getParameter("default") != null)) {
            return true;
        }
        if (path.equals("/ogp") || path.equals("/ogp/sparql")) {
            String type = String.valueOf(request.getContentType());
            return type.startsWith("application/sparql-update")
                    || type.startsWith("application/x-www-form-urlencoded") && request.getParameter("update") != null;
        }
        return false;
    }
}
