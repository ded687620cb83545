package org.ogpld.endpoint.ops;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps the error page out of a response that failed after it started (a query cut by its timeout while its
 * results streamed). Tomcat would include Spring's error JSON after the truncated body, which a client could take
 * for data; skipped here, Tomcat closes the connection without ending the chunked body, so every HTTP client sees an
 * incomplete response.
 */
class CommittedErrorFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(CommittedErrorFilter.class);

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getDispatcherType() == DispatcherType.ERROR && response.isCommitted()) {
            LOG.debug("No error page after a started response to {}; the connection is cut", request.getRequestURI());
            return;
        }
        chain.doFilter(request, response);
    }
}
