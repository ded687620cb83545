package org.ogpld.endpoint.server;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/** The connection of the client whose request is being served, which may have been closed meanwhile. */
@FunctionalInterface
public interface ClientConnection {

    /** The request attribute holding the connection of the request. */
    String ATTRIBUTE = ClientConnection.class.getName();

    /** A connection that is never known to be gone: outside a request, or where the server cannot tell. */
    ClientConnection UNKNOWN = () -> false;

    /** Whether the client has closed the connection (or it was reset), so that no answer can reach it. */
    boolean gone();

    /** The connection of the request this thread serves, or {@link #UNKNOWN}. */
    static ClientConnection ofCurrentRequest() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        Object connection = attributes == null ? null
                : attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        return connection instanceof ClientConnection client ? client : UNKNOWN;
    }
}
