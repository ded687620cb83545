package org.ogpld.endpoint.ld;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * CORS on every Linked Data read: a browser application on another origin may GET and HEAD them, its preflights
 * are answered, the headers it needs to follow links and revalidate are exposed, and credentials are never allowed.
 */
@FixtureServer
class CrossOriginIT {

    private static final String ORIGIN = "https://app.example.org";
    private static final List<String> EXPOSED = List.of("etag", "link", "content-location", "location");

    @LocalServerPort
    int port;

    private LdClient client;

    @BeforeEach
    void connect() {
        client = new LdClient(port);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/id/event/round-table", "/doc/event/round-table", "/doc/event/round-table.jsonld",
        "/ns", "/ns.ttl", "/ns/context.jsonld", "/ns/shapes.ttl", "/ns/frames/event.jsonld", "/harvest",
        "/harvest/event", "/catalog", "/.well-known/void", "/dump/ogp.nq.gz", "/dump/ogp.jsonld", "/sitemap.xml",
        "/search?q=ASAN"})
    void everyReadAllowsOtherOriginsAndExposesItsLinkHeaders(String path) {
        for (String method : List.of("GET", "HEAD")) {
            HttpResponse<byte[]> response = client.send(request(path)
                    .method(method, HttpRequest.BodyPublishers.noBody()).header("Origin", ORIGIN).build());

            assertThat(response.statusCode()).as(method + " " + path).isIn(200, 303);
            assertThat(LdClient.header(response, "Access-Control-Allow-Origin")).as(method + " " + path)
                    .isEqualTo("*");
            assertThat(exposed(response)).as(method + " " + path).containsAll(EXPOSED);
            assertThat(LdClient.header(response, "Access-Control-Allow-Credentials")).isNull();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/id/event/round-table", "/doc/event/round-table", "/ns/context.jsonld",
        "/harvest/event", "/catalog", "/.well-known/void", "/dump/ogp.jsonld", "/sitemap.xml", "/search"})
    void preflightsOfReadsAreAnsweredWithoutCredentials(String path) {
        HttpResponse<byte[]> response = client.send(request(path)
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", ORIGIN)
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "accept, if-none-match").build());

        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(LdClient.header(response, "Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(LdClient.header(response, "Access-Control-Allow-Methods")).contains("GET").contains("HEAD")
                .doesNotContain("PUT").doesNotContain("DELETE");
        assertThat(LdClient.header(response, "Access-Control-Allow-Headers").toLowerCase())
                .contains("if-none-match");
        assertThat(LdClient.header(response, "Access-Control-Allow-Credentials")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/doc/event/round-table", "/harvest/event"})
    void aPreflightForAWriteOnAReadIsRefused(String path) {
        HttpResponse<byte[]> response = client.send(request(path)
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", ORIGIN)
                .header("Access-Control-Request-Method", "PUT").build());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(LdClient.header(response, "Access-Control-Allow-Origin")).isNull();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(client.server() + path)).header("Accept", "application/ld+json, */*");
    }

    private static List<String> exposed(HttpResponse<?> response) {
        String header = LdClient.header(response, "Access-Control-Expose-Headers");
        return header == null ? List.of()
                : List.of(header.toLowerCase().split("\\s*,\\s*"));
    }
}
