package org.ogpld.endpoint.ops;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the error page out of a response that failed after it started (a query cut by its timeout while its
 * results streamed). Tomcat would include Spring's error JSON after the truncated body, which a client could take
 * for data; skipped here, Tomcat closes the connection without ending the chunked body, so every HTTP client sees an
 * incomplete response. On a committed response Tomcat includes the error page rather than forwarding to it, so
 * this runs for error and include dispatches.
 */
class CommittedErrorFilter extends HttpFilter {

    private static final Logger LOG = LoggerFactory.getLogger(CommittedErrorFilter.class);

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean errorPage = request.getDispatcherType() == DispatcherType.ERROR
                || request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) != null;
        if (errorPage && response.isCommitted()) {
            LOG.debug("No error page after a started response to {}; the connection is cut", request.getRequestURI());
            return;
        }
        chain.doFilter(request, response);
    }
}
