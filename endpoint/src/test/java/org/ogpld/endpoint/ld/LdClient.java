package org.ogpld.endpoint.ld;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.ogpld.testkit.Rdf4jOracle;

/**
 * A Linked Data client built on independent parts: the JDK's HTTP client and RDF4J's parsers. RDF4J's JSON-LD
 * processor fetches the OGP-LD context where the documents name it, the server under test's
 * {@code /ns/context.jsonld}, as a harvester would, and nothing else.
 */
public final class LdClient {

    /** The fixture every read-only test server loads. */
    public static final Path FIXTURE = Path.of("src/test/resources/org/ogpld/endpoint/ld/fixture.trig");
    public static final String BASE = "https://w3id.org/ogp-ld/";

    private final String server;
    private final String context;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    public LdClient(int port) {
        this.server = "http://localhost:" + port;
        this.context = server + "/ns/context.jsonld";
    }

    /** Where the documents of the server under test name their context. */
    public String context() {
        return context;
    }

    public String server() {
        return server;
    }

    /** GET {@code path} (or an absolute URL) with the given headers, name then value. */
    public HttpResponse<byte[]> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : server + path));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    /** Sends any request. */
    public HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    /** GET and parse with RDF4J in the format asked for by {@code Accept}. */
    public Model rdf(String path, RDFFormat format) {
        HttpResponse<byte[]> response = get(path, "Accept", format.getDefaultMIMEType());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " as " + format + ": " + response.statusCode());
        }
        return parse(response.body(), format, server + path);
    }

    /** Parses with RDF4J; JSON-LD contexts come from this server's {@code /ns/context.jsonld}, and nothing else. */
    public Model parse(byte[] body, RDFFormat format, String base) {
        return Rdf4jOracle.offline().base(base)
                .context(context, () -> new String(get("/ns/context.jsonld").body(), StandardCharsets.UTF_8))
                .parse(body, format);
    }

    /** The fixture as RDF4J reads it, its named graphs merged into one graph (the store's union default graph). */
    public static Model fixtureTriples() {
        try (InputStream in = Files.newInputStream(FIXTURE)) {
            return Rdf4jOracle.triples(Rdf4jOracle.offline().base(BASE).parse(in, RDFFormat.TRIG));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The header's value, or {@code null}. */
    public static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

}
