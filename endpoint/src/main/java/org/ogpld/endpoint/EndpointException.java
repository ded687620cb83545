package org.ogpld.endpoint;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * A request that cannot be served, with the HTTP status and the message the client gets. Thrown by the
 * validate step of every operation and turned into a response by {@link ErrorResponses}.
 */
public class EndpointException extends RuntimeException {

    private final HttpStatus status;
    private final transient HttpHeaders headers;

    public EndpointException(HttpStatus status, String message) {
        this(status, message, new HttpHeaders(), null);
    }

    public EndpointException(HttpStatus status, String message, HttpHeaders headers, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.headers = HttpHeaders.readOnlyHttpHeaders(headers);
    }

    public static EndpointException badRequest(String message) {
        return new EndpointException(HttpStatus.BAD_REQUEST, message);
    }

    public static EndpointException notFound(String message) {
        return new EndpointException(HttpStatus.NOT_FOUND, message);
    }

    public static EndpointException unsupportedMediaType(String message) {
        return new EndpointException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, message);
    }

    public static EndpointException notAcceptable(String message) {
        return new EndpointException(HttpStatus.NOT_ACCEPTABLE, message);
    }

    public static EndpointException methodNotAllowed(String message, String allowed) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.ALLOW, allowed);
        return new EndpointException(HttpStatus.METHOD_NOT_ALLOWED, message, headers, null);
    }

    public HttpStatus status() {
        return status;
    }

    public HttpHeaders headers() {
        return headers;
    }
}
