package org.ogpld.endpoint;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.ogpld.endpoint.store.OutOfSpace;
import org.ogpld.endpoint.pages.PageWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.util.DisconnectedClientHelper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns every failure into a response: SPARQL protocol plain text ({@code Error 400: ...}, as Fuseki answers) on
 * the dataset's paths under {@code /ogp}, an HTML page to browsers reading a page elsewhere, RFC 9457
 * {@code application/problem+json} to every other client.
 */
@RestControllerAdvice
public class ErrorResponses {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern JAVA_CLASS = Pattern.compile(
            "\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(?:Exception|Error)\\b(?::\\s*)?");

    /**
     * Renders error pages for browsers; static because {@link #write} is, for filters outside Spring MVC. Set by the
     * (one) instance; until then, and for non-browsers, errors are problem details.
     */
    private static volatile PageWriter pages;

    private final String storeFolder;

    ErrorResponses(OgpldProperties properties, PageWriter writer) {
        pages = writer;
        this.storeFolder = properties.store().inMemory() ? "(in memory)"
                : properties.store().location().toAbsolutePath().normalize().toString();
    }

    @ExceptionHandler(EndpointException.class)
    void endpoint(EndpointException ex, HttpServletRequest request, HttpServletResponse response) throws Exception {
        write(request, response, ex.status(), ex.getMessage(), ex.headers(), ex);
    }

    @ExceptionHandler(QueryCancelledException.class)
    void cancelled(QueryCancelledException ex, HttpServletRequest request, HttpServletResponse response)
            throws Exception {
        RequestFacts.markTimeout(request);
        write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "Query cancelled: it ran past its timeout",
                HttpHeaders.EMPTY, ex);
    }

    @ExceptionHandler(QueryDeniedException.class)
    void denied(QueryDeniedException ex, HttpServletRequest request, HttpServletResponse response) throws Exception {
        write(request, response, HttpStatus.BAD_REQUEST, "Refused: " + ex.getMessage(), HttpHeaders.EMPTY, ex);
    }

    @ExceptionHandler({QueryParseException.class, RiotException.class})
    void parse(RuntimeException ex, HttpServletRequest request, HttpServletResponse response) throws Exception {
        write(request, response, HttpStatus.BAD_REQUEST, "Parse error: " + ex.getMessage(), HttpHeaders.EMPTY, ex);
    }

    /** Tomcat refuses a parameter it cannot decode (invalid UTF-8 after percent-decoding): the client's fault. */
    /** An expression Jena rejects while preparing the query (e.g. a constant {@code REGEX} pattern that is invalid). */
    @ExceptionHandler(ExprEvalException.class)
    void expression(ExprEvalException ex, HttpServletRequest request, HttpServletResponse response) throws Exception {
        write(request, response, HttpStatus.BAD_REQUEST, "Bad expression: " + ex.getMessage(), HttpHeaders.EMPTY, ex);
    }

    @ExceptionHandler(InvalidParameterException.class)
    void badParameter(InvalidParameterException ex, HttpServletRequest request, HttpServletResponse response)
            throws Exception {
        write(request, response, HttpStatus.BAD_REQUEST, "Bad request parameter: not valid UTF-8 after "
                + "percent-decoding", HttpHeaders.EMPTY, ex);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    void method(HttpRequestMethodNotSupportedException ex, HttpServletRequest request, HttpServletResponse response)
            throws Exception {
        HttpHeaders headers = new HttpHeaders();
        if (ex.getSupportedHttpMethods() != null) {
            headers.setAllow(ex.getSupportedHttpMethods());
        }
        write(request, response, HttpStatus.METHOD_NOT_ALLOWED,
                "Method " + ex.getMethod() + " is not supported on " + request.getRequestURI(), headers, ex);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    void mediaType(HttpMediaTypeNotSupportedException ex, HttpServletRequest request, HttpServletResponse response)
            throws Exception {
        write(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, ex.getMessage(), HttpHeaders.EMPTY, ex);
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    void notAcceptable(HttpMediaTypeNotAcceptableException ex, HttpServletRequest request,
            HttpServletResponse response) throws Exception {
        write(request, response, HttpStatus.NOT_ACCEPTABLE, "No acceptable representation", HttpHeaders.EMPTY, ex);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    void tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request, HttpServletResponse response)
            throws Exception {
        write(request, response, HttpStatus.CONTENT_TOO_LARGE, "Request body is larger than the limit",
                HttpHeaders.EMPTY, ex);
    }

    @ExceptionHandler(MultipartException.class)
    void multipart(MultipartException ex, HttpServletRequest request, HttpServletResponse response)
            throws Exception {
        write(request, response, HttpStatus.BAD_REQUEST, "Bad multipart body: " + ex.getMessage(),
                HttpHeaders.EMPTY, ex);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    void noResource(NoResourceFoundException ex, HttpServletRequest request, HttpServletResponse response)
            throws Exception {
        write(request, response, HttpStatus.NOT_FOUND, "Not found: " + request.getRequestURI(), HttpHeaders.EMPTY,
                ex);
    }

    @ExceptionHandler(Exception.class)
    void unexpected(Exception ex, HttpServletRequest request, HttpServletResponse response) throws Exception {
        if (DisconnectedClientHelper.isClientDisconnectedException(ex)) {
            LOG.debug("Client went away during {} {}", request.getMethod(), request.getRequestURI());
            return;
        }
        Optional<String> outOfSpace = OutOfSpace.reason(ex);
        if (outOfSpace.isPresent()) {
            // Usually the transaction is aborted; if its commit was under way, it may have been applied, but whole.
            String message = "Out of space: the store folder cannot grow (" + outOfSpace.get()
                    + "); the write failed and is in the store wholly or not at all";
            // The folder is named in the log only: clients need not learn the server's file system.
            LOG.error("{} {}: {} ({})", request.getMethod(), request.getRequestURI(), message, storeFolder);
            write(request, response, HttpStatus.INSUFFICIENT_STORAGE, message, HttpHeaders.EMPTY, ex);
            return;
        }
        LOG.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), ex);
        write(request, response, HttpStatus.INTERNAL_SERVER_ERROR, "Internal error" + (ex.getMessage() == null ? ""
                : ": " + ex.getMessage()), HttpHeaders.EMPTY, ex);
    }

    /**
     * Writes an error response in the style of the request's path. When a streamed response has already started
     * the status can no longer change: the failure is rethrown so that the connection is cut and the client sees
     * an incomplete response rather than a truncated one that looks whole.
     */
    public static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
            String message, HttpHeaders headers, Exception cause) throws Exception {
        if (response.isCommitted()) {
            LOG.warn("Failure after the response started on {}: {}", request.getRequestURI(), message);
            throw cause != null ? cause : new IllegalStateException(message);
        }
        message = withoutClassNames(message);
        response.resetBuffer();
        response.setStatus(status.value());
        headers.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        if (isSparqlPath(request)) {
            writeBody(response, "text/plain;charset=utf-8",
                    "Error " + status.value() + ": " + message + "\n");
        } else if (pages != null && wantsHtml(request)) {
            pages.render("error", Map.of("status", status.value(), "reason", status.getReasonPhrase(),
                    "message", message), status.value(), request, response);
        } else {
            writeBody(response, "application/problem+json", problem(request, status, message));
        }
    }

    /** Drops Java class names (Jena's messages embed them, e.g. {@code java.util.regex.PatternSyntaxException: }). */
    static String withoutClassNames(String message) {
        return JAVA_CLASS.matcher(message).replaceAll("").strip();
    }

    /** A browser: it names HTML among what it accepts, for a page it reads (not a write). */
    private static boolean wantsHtml(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("text/html")
                && ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()));
    }

    private static boolean isSparqlPath(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/ogp") || path.startsWith("/ogp/");
    }

    private static String problem(HttpServletRequest request, HttpStatus status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", status.getReasonPhrase());
        body.put("status", status.value());
        body.put("detail", message);
        body.put("instance", request.getRequestURI());
        return JSON.writeValueAsString(body);
    }

    private static void writeBody(HttpServletResponse response, String contentType, String body) throws IOException {
        response.setContentType(contentType);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        OutputStream out = response.getOutputStream();
        out.write(bytes);
        out.flush();
    }
}
