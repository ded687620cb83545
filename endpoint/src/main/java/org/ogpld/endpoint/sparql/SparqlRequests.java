package org.ogpld.endpoint.sparql;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.ogpld.endpoint.EndpointException;
import org.ogpld.model.io.LegalIris;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * Reads the SPARQL 1.1 Protocol out of an HTTP request (validate step): which operation, its text and its
 * parameters, refusing what the protocol forbids (several {@code query=}, wrong or missing media types,
 * charsets other than UTF-8, dataset parameters that are not legal absolute IRIs).
 */
final class SparqlRequests {

    static final String SPARQL_QUERY = "application/sparql-query";
    static final String SPARQL_UPDATE = "application/sparql-update";
    static final String FORM = "application/x-www-form-urlencoded";

    /** Client timeouts beyond a day mean "the server's": it caps them anyway. */
    private static final BigDecimal MAX_TIMEOUT_SECONDS = BigDecimal.valueOf(86_400);

    /** What a POST carries. */
    enum Kind { QUERY, UPDATE }

    private SparqlRequests() {}

    /** Decides whether a POST is a query or an update, without reading its body. */
    static Kind kindOfPost(HttpServletRequest request) {
        MediaType type = contentType(request);
        if (type.isCompatibleWith(MediaType.parseMediaType(SPARQL_QUERY))) {
            return Kind.QUERY;
        }
        if (type.isCompatibleWith(MediaType.parseMediaType(SPARQL_UPDATE))) {
            return Kind.UPDATE;
        }
        if (type.isCompatibleWith(MediaType.APPLICATION_FORM_URLENCODED)) {
            boolean query = request.getParameterValues("query") != null;
            boolean update = request.getParameterValues("update") != null;
            if (query && update) {
                throw EndpointException.badRequest("Both query= and update= given; send one operation");
            }
            if (!query && !update) {
                throw EndpointException.badRequest("No query= or update= parameter in the form");
            }
            return query ? Kind.QUERY : Kind.UPDATE;
        }
        throw EndpointException.unsupportedMediaType("Content-Type must be " + SPARQL_QUERY + ", " + SPARQL_UPDATE
                + " or " + FORM + " (got " + type + ")");
    }

    /** A query from GET parameters. */
    static QueryRequest queryFromGet(HttpServletRequest request, String endpoint) {
        if (request.getParameterValues("update") != null) {
            throw EndpointException.methodNotAllowed("SPARQL Update must use POST", "POST");
        }
        return query(request, single(request, "query"), endpoint);
    }

    /** A query from a POST, form or direct. */
    static QueryRequest queryFromPost(HttpServletRequest request, String endpoint) {
        MediaType type = contentType(request);
        if (type.isCompatibleWith(MediaType.parseMediaType(SPARQL_QUERY))) {
            if (request.getParameterValues("query") != null) {
                throw EndpointException.badRequest("query= parameter given with an " + SPARQL_QUERY + " body");
            }
            return query(request, body(request, type), endpoint);
        }
        if (type.isCompatibleWith(MediaType.APPLICATION_FORM_URLENCODED)) {
            requireUtf8(type);
            return query(request, single(request, "query"), endpoint);
        }
        throw EndpointException.unsupportedMediaType("A query POST must be " + SPARQL_QUERY + " or " + FORM
                + " (got " + type + ")");
    }

    /** An update from a POST, form or direct. */
    static UpdateCall update(HttpServletRequest request, String endpoint) {
        MediaType type = contentType(request);
        if (type.isCompatibleWith(MediaType.parseMediaType(SPARQL_UPDATE))) {
            if (request.getParameterValues("update") != null) {
                throw EndpointException.badRequest("update= parameter given with an " + SPARQL_UPDATE + " body");
            }
            return update(request, body(request, type), false, endpoint);
        }
        if (type.isCompatibleWith(MediaType.APPLICATION_FORM_URLENCODED)) {
            requireUtf8(type);
            return update(request, single(request, "update"), true, endpoint);
        }
        throw EndpointException.unsupportedMediaType("An update must be " + SPARQL_UPDATE + " or " + FORM
                + " (got " + type + ")");
    }

    private static QueryRequest query(HttpServletRequest request, String text, String endpoint) {
        String format = request.getParameter("format") != null ? request.getParameter("format")
                : request.getParameter("output");
        return new QueryRequest(text, iris(request, "default-graph-uri"), iris(request, "named-graph-uri"),
                endpoint, timeout(request), format, request.getHeader(HttpHeaders.ACCEPT));
    }

    private static UpdateCall update(HttpServletRequest request, String text, boolean form, String endpoint) {
        return new UpdateCall(text, iris(request, "using-graph-uri"), iris(request, "using-named-graph-uri"),
                endpoint, form);
    }

    private static MediaType contentType(HttpServletRequest request) {
        String header = request.getContentType();
        if (header == null || header.isBlank()) {
            throw EndpointException.unsupportedMediaType("Content-Type is required: " + SPARQL_QUERY + ", "
                    + SPARQL_UPDATE + " or " + FORM);
        }
        try {
            return MediaType.parseMediaType(header);
        } catch (InvalidMediaTypeException ex) {
            throw EndpointException.unsupportedMediaType("Bad Content-Type: " + header);
        }
    }

    private static void requireUtf8(MediaType type) {
        if (type.getCharset() != null && !type.getCharset().equals(StandardCharsets.UTF_8)) {
            throw EndpointException.unsupportedMediaType("Only UTF-8 is accepted (got charset "
                    + type.getCharset().name() + ")");
        }
    }

    private static String body(HttpServletRequest request, MediaType type) {
        requireUtf8(type);
        try {
            byte[] bytes = request.getInputStream().readAllBytes();
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException ex) {
            throw EndpointException.badRequest("The request body is not valid UTF-8");
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static String single(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        if (values == null || values.length == 0) {
            throw EndpointException.badRequest("Missing " + name + "= parameter");
        }
        if (values.length > 1) {
            throw EndpointException.badRequest("Several " + name + "= parameters; send exactly one");
        }
        return values[0];
    }

    /** The values of a dataset parameter, each a legal absolute IRI. */
    private static List<String> iris(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        if (values == null) {
            return List.of();
        }
        for (String iri : values) {
            LegalIris.problem(iri).ifPresent(problem -> {
                throw EndpointException.badRequest(name + "=: " + problem);
            });
        }
        return List.of(values);
    }

    /** The client's timeout in seconds (decimals allowed), or null for the server's; never below 1 ms. */
    private static Duration timeout(HttpServletRequest request) {
        String value = request.getParameter("timeout");
        if (value == null || value.isBlank()) {
            return null;
        }
        String overall = value.contains(",") ? value.substring(value.lastIndexOf(',') + 1) : value;
        BigDecimal seconds;
        try {
            seconds = new BigDecimal(overall.trim());
        } catch (NumberFormatException ex) {
            throw EndpointException.badRequest("timeout must be a number of seconds: " + value);
        }
        if (seconds.signum() <= 0) {
            throw EndpointException.badRequest("timeout must be a positive number of seconds: " + value);
        }
        if (seconds.compareTo(MAX_TIMEOUT_SECONDS) > 0) {
            return null;
        }
        return Duration.ofMillis(Math.max(1, seconds.movePointRight(3).longValue()));
    }
}
