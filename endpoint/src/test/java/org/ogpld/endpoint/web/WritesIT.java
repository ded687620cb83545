package org.ogpld.endpoint.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ogpld.endpoint.ld.LdClient;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What publishing changes: validators move on, and published markup is shown as text on every page. */
@WritableServer
class WritesIT {

    @LocalServerPort
    int port;

    private LdClient client;

    @BeforeEach
    void connect() {
        client = new LdClient(port);
    }

    @Test
    void etagAndLastModifiedChangeWhenTheDataChanges() {
        HttpResponse<byte[]> before = client.get("/harvest/person");
        String etag = LdClient.header(before, "ETag");
        assertThat(client.get("/harvest/person", "If-None-Match", etag).statusCode()).isEqualTo(304);
        int status = Publishing.put(client, LdClient.BASE + "graph/etag-probe", """
                <https://w3id.org/ogp-ld/id/person/etag-probe> a <http://www.w3.org/ns/person#Person> ;
                    <http://xmlns.com/foaf/0.1/name> "Etag Probe"@en .
                """);
        assertThat(status).isIn(201, 204);
        HttpResponse<byte[]> after = client.get("/harvest/person", "If-None-Match", etag);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(LdClient.header(after, "ETag")).isNotEqualTo(etag);
        assertThat(new String(after.body(), StandardCharsets.UTF_8)).contains("/id/person/etag-probe");
        assertThat(client.get("/id/person/etag-probe").statusCode()).isEqualTo(303);
    }

    @Test
    void publishedMarkupIsEscapedOnEveryPage() {
        Publishing.hostilePerson(client);
        String escaped = "&lt;script&gt;window.__xss=&#39;script&#39;&lt;/script&gt;";
        for (String path : new String[] {"/doc/person/xss-probe?lang=en", "/doc/event/round-table?lang=en",
            "/search?q=window&lang=en"}) {
            String html = new String(client.get(path, "Accept", "text/html").body(), StandardCharsets.UTF_8);
            assertThat(html).as(path).contains(escaped).doesNotContain("<script>window").doesNotContain("<img src=x");
        }
    }
}
