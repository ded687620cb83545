package org.ogpld.endpoint.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A request whose body was cut by its deadline has had its 408 ({@link DeadlineInputBuffer}); whatever failure the
 * cut then caused in the handler (an invalid form, an unreadable upload) is settled here, before any other handler
 * could try to answer a second time.
 */
@Component
class CutRequestResolver implements HandlerExceptionResolver, Ordered {

    /** Request attribute set on a request whose body was cut. */
    static final String CUT = CutRequestResolver.class.getName() + ".cut";

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception ex) {
        return request.getAttribute(CUT) != null ? new ModelAndView() : null;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
