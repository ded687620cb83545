package org.ogpld.endpoint.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ogpld.endpoint.Http;

/**
 * The HTML side: markup in the data and in the search box comes out escaped, no path climbs out of its folder,
 * and HTML carries the security headers.
 */
class WebPagesSecurityIT extends ReliabilityServer {

    private static final String SCRIPT = "<script>alert('x')</script>";
    private static final String IRI = "https://w3id.org/ogp-ld/id/event/xss-probe";

    Http http;

    @BeforeEach
    void markupInTheData() {
        http = http();
        resetTo(http, "<urn:xss> { <" + IRI + "> a <https://schema.org/Event> ; "
                + "<https://schema.org/name> \"" + SCRIPT.replace("'", "\\'") + "\"@en , \"<img src=x onerror=alert(1)>\"@az ;"
                + " <https://schema.org/url> <javascript:alert(1)> ;"
                + " <http://www.w3.org/2000/01/rdf-schema#label> \"\\\"><svg onload=alert(1)>\" . }");
    }

    private HttpResponse<String> html(String path) {
        return http.send(http.request(path).header("Accept", "text/html").GET());
    }

    @Test
    void markupInTheDataIsEscapedOnTheResourcePage() throws Exception {
        HttpResponse<String> page = await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(250))
                .until(() -> html("/doc/event/xss-probe"), answer -> answer.statusCode() != 404);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).doesNotContain(SCRIPT, "<img src=x", "<svg onload", "href=\"javascript:")
                .contains("&lt;script&gt;");
        assertSecurityHeaders(page);
    }

    @Test
    void theSearchBoxEchoesItsTextEscaped() {
        HttpResponse<String> page = html("/search?q=" + Http.encode(SCRIPT + "\"><svg onload=alert(1)>"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain(SCRIPT, "<svg onload");
        assertSecurityHeaders(page);
    }

    @Test
    void everyHtmlPageCarriesTheSecurityHeaders() {
        for (String path : List.of("/", "/ns", "/doc/event/no-such-thing")) {
            assertSecurityHeaders(html(path));
        }
    }

    private static void assertSecurityHeaders(HttpResponse<String> page) {
        assertThat(page.headers().firstValue("Content-Security-Policy")).as(page.uri().toString()).isPresent()
                .get().asString().contains("default-src").doesNotContain("unsafe-inline' 'unsafe-eval");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).isPresent();
    }

    @Test
    void noPathClimbsOutOfItsFolder() {
        List<String> attacks = List.of("/doc/event/..%2F..%2F..%2Fetc%2Fpasswd", "/doc/event/%2e%2e%2f%2e%2e%2fpasswd",
                "/doc/..;/..;/etc/passwd", "/ns/frames/..%2F..%2Fapplication.properties",
                "/ns/frames/%2e%2e%2fapplication.properties", "/ns/frames/....//....//application.properties",
                "/dump/..%2Fapplication.properties", "/dump/%2e%2e/%2e%2e/etc/passwd",
                "/js/..%2F..%2Fapplication.properties", "/css/%2e%2e/application.properties",
                "/%2e%2e/%2e%2e/etc/passwd", "/static/../application.properties",
                "/js/%c0%ae%c0%ae/application.properties", "/ns/frames/..%5C..%5Capplication.properties",
                "/WEB-INF/web.xml", "/META-INF/spring.factories", "/application.properties");
        for (String attack : attacks) {
            HttpResponse<String> response = http.send(http.request(attack).GET());
            assertThat(response.statusCode()).as(attack).isIn(400, 404);
            assertThat(response.body()).as(attack).doesNotContain("root:x:0:0", "spring.application.name",
                    "ogpld.limits", "FailureAnalyzer");
        }
    }
}
