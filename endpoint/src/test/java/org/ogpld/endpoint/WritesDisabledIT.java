package org.ogpld.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.ogpld.endpoint.ld.FixtureServer;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * With no write credentials configured, the endpoint reads but refuses every write with 403 and says why (on the
 * fixture server, which has none).
 */
@FixtureServer
class WritesDisabledIT {

    @LocalServerPort
    int port;

    @Test
    void updatesAre403AndSayHowToEnableWrites() {
        HttpResponse<String> response = new Http(port).update("INSERT DATA { <urn:a> <urn:b> <urn:c> }",
                "Bearer anything");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("ogpld.security.token").contains("OGPLD_SECURITY_USERS");
    }

    @Test
    void graphStoreWritesAre403AndReadsWork() {
        Http http = new Http(port);
        HttpResponse<String> put = http.send(http.request("/ogp/data?graph=urn:g").header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> 1 .")));
        assertThat(put.statusCode()).isEqualTo(403);
        assertThat(http.send(http.request("/ogp/data?graph=urn:g").DELETE()).statusCode()).isEqualTo(403);
        assertThat(http.query("ASK { ?s ?p ?o }", null).statusCode()).isEqualTo(200);
    }
}
