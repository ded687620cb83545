package org.ogpld.endpoint.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ogpld.endpoint.ld.FixtureServer;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A browser application on another origin reads the Linked Data: a page served by a second server (the JDK's, on
 * 127.0.0.1, while the endpoint is localhost on another port) fetches, in headless Chromium, a resource's IRI
 * ({@code /id/...}, 303 to its JSON-LD), its document, the context that document names, and a harvest page; CORS
 * lets each through and exposes the validators and links.
 */
@FixtureServer
class CrossOriginBrowserIT {


    private static final String SCRIPT = """
            async function read(url) {
              try {
                const response = await fetch(url, {headers: {Accept: 'application/ld+json'}});
                const body = await response.json();
                return {status: response.status, url: response.url, context: body['@context'] ?? null,
                        etag: response.headers.get('ETag'), link: response.headers.get('Link'),
                        contentLocation: response.headers.get('Content-Location')};
              } catch (error) {
                return {error: String(error)};
              }
            }
            (async () => {
              const endpoint = document.body.dataset.endpoint;
              const results = {};
              for (const path of ['/id/event/round-table', '/doc/event/round-table', '/ns/context.jsonld',
                                  '/harvest/event']) {
                results[path] = await read(endpoint + path);
              }
              document.body.dataset.results = JSON.stringify(results);
            })();
            """;

    private static HeadlessChromium chromium;
    private static Browser browser;
    private static HttpServer otherOrigin;

    @LocalServerPort
    int port;

    @BeforeAll
    static void launch() throws IOException {
        chromium = HeadlessChromium.launch();
        browser = chromium.browser();
        otherOrigin = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        otherOrigin.start();
    }

    @AfterAll
    static void close() {
        if (otherOrigin != null) {
            otherOrigin.stop(0);
        }
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void aPageOnAnotherOriginFetchesJsonLdDocumentsTheirContextAndHarvestPages() {
        String endpoint = "http://localhost:" + port;
        String app = serveApplication(endpoint);
        assertThat(origin(app)).isNotEqualTo(endpoint);

        Page page = browser.newPage();
        page.navigate(app);
        // The page shows nothing: wait for the attribute its script sets, not for visibility.
        page.waitForSelector("body[data-results]",
                new Page.WaitForSelectorOptions().setState(WaitForSelectorState.ATTACHED));
        JsonNode results = JsonMapper.builder().build().readTree(page.locator("body").getAttribute("data-results"));
        page.close();

        String context = endpoint + "/ns/context.jsonld";
        JsonNode viaId = results.get("/id/event/round-table");
        assertThat(viaId.has("error")).as(viaId.toString()).isFalse();
        assertThat(viaId.get("status").asInt()).isEqualTo(200);
        assertThat(viaId.get("url").asString()).isEqualTo(endpoint + "/doc/event/round-table");
        assertThat(viaId.get("context").asString()).isEqualTo(context);

        JsonNode document = results.get("/doc/event/round-table");
        assertThat(document.get("status").asInt()).as(document.toString()).isEqualTo(200);
        assertThat(document.get("context").asString()).isEqualTo(context);
        assertThat(document.get("etag").asString()).startsWith("W/\"");
        assertThat(document.get("link").asString()).contains("rel=\"alternate\"");
        assertThat(document.get("contentLocation").asString()).endsWith(".jsonld");

        JsonNode contextDocument = results.get("/ns/context.jsonld");
        assertThat(contextDocument.get("status").asInt()).as(contextDocument.toString()).isEqualTo(200);
        assertThat(contextDocument.get("context").isObject()).isTrue();

        JsonNode harvest = results.get("/harvest/event");
        assertThat(harvest.get("status").asInt()).as(harvest.toString()).isEqualTo(200);
        assertThat(harvest.get("context").asString()).isEqualTo(context);
        assertThat(harvest.get("etag").isNull()).isFalse();
    }

    /** Serves, on the other origin, a page whose script reads the endpoint; returns the page's URL. */
    private static String serveApplication(String endpoint) {
        String html = "<!doctype html><html><head><title>cross-origin client</title></head><body data-endpoint=\""
                + endpoint + "\"><script>" + SCRIPT + "</script></body></html>";
        otherOrigin.createContext("/app", exchange -> {
            byte[] body = html.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        return "http://127.0.0.1:" + otherOrigin.getAddress().getPort() + "/app";
    }

    private static String origin(String url) {
        return url.replaceAll("^(https?://[^/]+).*$", "$1");
    }
}
