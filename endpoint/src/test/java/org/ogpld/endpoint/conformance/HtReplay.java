package org.ogpld.endpoint.conformance;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.query.resultio.BooleanQueryResultFormat;
import org.eclipse.rdf4j.query.resultio.QueryResultIO;
import org.eclipse.rdf4j.query.resultio.TupleQueryResultFormat;
import org.eclipse.rdf4j.query.resultio.helpers.QueryResultCollector;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Replays the requests of a W3C test against the running endpoint with {@code java.net.http} and checks each
 * response with independent parsers (RDF4J Rio and query-result parsers, Jackson), not with the endpoint's code.
 *
 * <p>Paths are rewritten: {@code /sparql/} to {@code /ogp/sparql}, {@code /gsp} to {@code /ogp/data}. Every request
 * carries the test's write credentials, as an operator's client would.
 */
final class HtReplay {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> BOOLEAN_TYPES = List.of("application/sparql-results+json",
            "application/sparql-results+xml");
    private static final List<String> TABULAR_TYPES = List.of("application/sparql-results+json",
            "application/sparql-results+xml", "text/csv", "text/tab-separated-values");
    private static final List<String> RDF_TYPES = List.of("text/turtle", "application/rdf+xml",
            "application/n-triples");

    private final HttpClient client = HttpClient.newHttpClient();
    private final String server;
    private final String authorization;

    HtReplay(String server, String authorization) {
        this.server = server;
        this.authorization = authorization;
    }

    /** A fresh store for each test (as the W3C validator's setup does): DROP ALL, then the test's graphs. */
    void prepare(HtTest test) throws IOException, InterruptedException {
        send(HttpRequest.newBuilder(URI.create(server + "/ogp/update"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("DROP ALL")), 204);
        for (Map.Entry<String, java.nio.file.Path> graph : test.graphData().entrySet()) {
            String target = server + "/ogp/data?graph=" + URLEncoder.encode(graph.getKey(), StandardCharsets.UTF_8);
            send(HttpRequest.newBuilder(URI.create(target)).header("Content-Type", "application/n-triples")
                    .PUT(HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(graph.getValue()))), 201);
        }
    }

    private void send(HttpRequest.Builder request, int expected) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request.header("Authorization", authorization).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new AssertionError("Setup request failed: " + response.statusCode() + " " + response.body());
        }
    }

    /** Runs the requests in order; throws an AssertionError describing the first response that disagrees. */
    void run(HtTest test) throws IOException, InterruptedException {
        Map<String, String> variables = new HashMap<>();
        int index = 0;
        for (HtRequest request : test.requests()) {
            index++;
            String path = substitute(rewrite(request.path()), variables);
            HttpResponse<byte[]> response = client.send(build(request, path, variables),
                    HttpResponse.BodyHandlers.ofByteArray());
            String where = test.name() + " request " + index + " (" + request.method() + " " + path + ") got "
                    + response.statusCode() + " " + response.headers().firstValue("Content-Type").orElse("")
                    + ": " + excerpt(response.body());
            check(request, response, where, variables);
        }
    }

    static String rewrite(String path) {
        if (path.startsWith("/sparql/")) {
            return "/ogp/sparql" + path.substring("/sparql/".length());
        }
        if (path.startsWith("/gsp")) {
            return "/ogp/data" + path.substring("/gsp".length());
        }
        throw new IllegalArgumentException("Unexpected path in manifest: " + path);
    }

    private static String substitute(String text, Map<String, String> variables) {
        String result = text;
        for (Map.Entry<String, String> variable : variables.entrySet()) {
            result = result.replace(variable.getKey(), variable.getValue());
        }
        return result;
    }

    private HttpRequest build(HtRequest request, String path, Map<String, String> variables) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(server + path))
                .header("Authorization", authorization);
        request.headers().forEach(builder::header);
        HttpRequest.BodyPublisher body = request.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(substitute(request.body(), variables)
                        .getBytes(Charset.forName(request.bodyEncoding() == null ? "UTF-8" : request.bodyEncoding())));
        return builder.method(request.method(), body).build();
    }

    private static void check(HtRequest request, HttpResponse<byte[]> response, String where,
            Map<String, String> variables) {
        require(request.accepts(response.statusCode()), "unexpected status", where);
        String contentType = response.headers().firstValue("Content-Type").orElse(null);
        if (request.expectedLocation() != null) {
            String location = response.headers().firstValue("Location").orElse(null);
            require(location != null, "no Location header", where);
            variables.put(request.expectedLocation(), location);
        }
        if (request.expectedContentType() != null) {
            require(sameContentType(request.expectedContentType(), contentType), "wrong Content-Type", where);
        }
        if (request.expectedFormat() != null) {
            checkFormat(request.expectedFormat(), contentType, response.body(), where);
        }
        if (request.expectedBoolean() != null) {
            require(parseBoolean(contentType, response.body()) == request.expectedBoolean(), "wrong boolean", where);
        }
        if (request.expectedBody() != null) {
            Model expected = parse(request.expectedBody().getBytes(StandardCharsets.UTF_8), "text/turtle");
            Model actual = parse(response.body(), contentType);
            require(Models.isomorphic(expected, actual), "graph not isomorphic to the expected one", where);
        }
    }

    private static void checkFormat(String format, String contentType, byte[] body, String where) {
        String type = mediaType(contentType);
        switch (format) {
            case "boolean" -> {
                require(BOOLEAN_TYPES.contains(type), "not a boolean result format", where);
                parseBoolean(contentType, body);
            }
            case "tabular" -> {
                require(TABULAR_TYPES.contains(type), "not a tabular result format", where);
                checkTabular(type, body, where);
            }
            case "RDF" -> {
                require(RDF_TYPES.contains(type), "not an RDF format", where);
                parse(body, contentType);
            }
            default -> throw new AssertionError("Unknown expected format " + format);
        }
    }

    private static boolean parseBoolean(String contentType, byte[] body) {
        String type = mediaType(contentType);
        if (type.equals("application/sparql-results+json")) {
            JsonNode answer = JSON.readTree(body).get("boolean");
            if (answer == null || !answer.isBoolean()) {
                throw new AssertionError("No boolean in JSON result: " + excerpt(body));
            }
            return answer.asBoolean();
        }
        if (type.equals("application/sparql-results+xml")) {
            try (InputStream in = new ByteArrayInputStream(body)) {
                return QueryResultIO.parseBoolean(in, BooleanQueryResultFormat.SPARQL);
            } catch (IOException ex) {
                throw new AssertionError(ex);
            }
        }
        throw new AssertionError("Not a boolean result: " + contentType);
    }

    private static void checkTabular(String type, byte[] body, String where) {
        if (type.equals("application/sparql-results+json")) {
            require(JSON.readTree(body).path("results").path("bindings").isArray(), "no bindings", where);
        } else if (type.equals("application/sparql-results+xml")) {
            try (InputStream in = new ByteArrayInputStream(body)) {
                QueryResultIO.parseTuple(in, TupleQueryResultFormat.SPARQL, new QueryResultCollector(), null);
            } catch (IOException ex) {
                throw new AssertionError(ex);
            }
        } else {
            require(new String(body, StandardCharsets.UTF_8).lines().findFirst().isPresent(), "no header", where);
        }
    }

    private static Model parse(byte[] body, String contentType) {
        RDFFormat format = Rio.getParserFormatForMIMEType(mediaType(contentType))
                .orElseThrow(() -> new AssertionError("Not an RDF media type: " + contentType));
        try (InputStream in = new ByteArrayInputStream(body)) {
            return Rio.parse(in, "http://www.example/", format);
        } catch (IOException ex) {
            throw new AssertionError(ex);
        }
    }

    private static boolean sameContentType(String expected, String actual) {
        if (actual == null) {
            return false;
        }
        MediaType want = MediaType.parseMediaType(expected);
        MediaType got = MediaType.parseMediaType(actual);
        boolean sameType = want.getType().equals(got.getType()) && want.getSubtype().equals(got.getSubtype());
        return sameType && (want.getCharset() == null || want.getCharset().equals(got.getCharset()));
    }

    private static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        MediaType type = MediaType.parseMediaType(contentType);
        return (type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT);
    }

    private static void require(boolean condition, String problem, String where) {
        if (!condition) {
            throw new AssertionError(problem + ": " + where);
        }
    }

    private static String excerpt(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
