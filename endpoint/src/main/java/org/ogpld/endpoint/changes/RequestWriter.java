package org.ogpld.endpoint.changes;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/** Who makes the write the current request carries, as the write guard recorded it; empty outside requests. */
final class RequestWriter {

    static final String ATTRIBUTE = "org.ogpld.endpoint.changes.ChangeRecorder.writer";

    private RequestWriter() {
    }

    static String current() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        Object writer = attributes == null ? null
                : attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        return writer == null ? "" : writer.toString();
    }
}
