package org.ogpld.endpoint.server;

import java.net.SocketTimeoutException;

/**
 * A request body that did not arrive in time. A {@link SocketTimeoutException}, as Tomcat's own read timeouts are,
 * so that Tomcat answers 408 wherever the read happened (its form and multipart parsers included) and hands the
 * application a client-abort exception it does not answer itself.
 */
public final class BodyTimeoutException extends SocketTimeoutException {

    BodyTimeoutException(String message) {
        super(message);
    }
}
