package org.ogpld.endpoint.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.ogpld.endpoint.Http;
import org.ogpld.endpoint.OgpldApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One in-memory server shared by the reliability tests (the same settings, so Spring starts it once): writes
 * need a token or a Basic user, bodies are limited to 64 KB, queries and updates time out after 5 s.
 */
@SpringBootTest(classes = OgpldApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ogpld.store.in-memory=true", "ogpld.security.token=" + ReliabilityServer.TOKEN,
            "ogpld.security.users=" + ReliabilityServer.USER + ":" + ReliabilityServer.PASSWORD,
            "ogpld.limits.max-body-size=64KB", "ogpld.query.timeout=5s", "ogpld.update.timeout=5s"})
abstract class ReliabilityServer {

    static final String TOKEN = "rel-t0ken-8c1f2e";
    static final String USER = "ada";
    static final String PASSWORD = "s3cret-pa55-77a1";
    static final String BEARER = "Bearer " + TOKEN;

    @LocalServerPort
    int port;

    Http http() {
        return new Http(port);
    }

    /** Number of quads in all named graphs, read through the protocol. */
    static long quadCount(Http http) {
        HttpResponse<String> response = http.query("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }", "text/csv");
        assertThat(response.statusCode()).isEqualTo(200);
        return Long.parseLong(response.body().lines().skip(1).findFirst().orElseThrow().trim());
    }

    static void resetTo(Http http, String trig) {
        assertThat(http.update("DROP ALL", BEARER).statusCode()).isEqualTo(204);
        HttpResponse<String> put = http.send(http.request("/ogp/data").header("Authorization", BEARER)
                .header("Content-Type", "application/trig").PUT(HttpRequest.BodyPublishers.ofString(trig)));
        assertThat(put.statusCode()).isBetween(200, 204);
    }
}
