package org.ogpld.endpoint.web;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.ogpld.endpoint.ld.LdClient;

/** Publishes a Turtle graph through the Graph Store Protocol, as a publisher would. */
final class Publishing {

    /** A person whose name is markup that would run if any page put it into HTML unescaped. */
    static final String HOSTILE_NAME = "<script>window.__xss='script'</script><img src=x onerror=\"window.__xss='img'\">";

    private Publishing() {}

    static int put(LdClient client, String graph, String turtle) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(client.server() + "/ogp/data?graph="
                        + URLEncoder.encode(graph, StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + WritableServer.TOKEN)
                .header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString(turtle)).build();
        return client.send(request).statusCode();
    }

    /** Publishes {@code /id/person/xss-probe} named {@link #HOSTILE_NAME}, speaking at the fixture's event. */
    static void hostilePerson(LdClient client) {
        String name = HOSTILE_NAME.replace("\\", "\\\\").replace("\"", "\\\"");
        int status = put(client, LdClient.BASE + "graph/xss-probe", """
                @prefix foaf: <http://xmlns.com/foaf/0.1/> .
                @prefix schema: <https://schema.org/> .
                <https://w3id.org/ogp-ld/id/person/xss-probe> a <http://www.w3.org/ns/person#Person> ;
                    foaf:name "%s"@en , "%s"@az .
                <https://w3id.org/ogp-ld/id/event/round-table#talk-9> a schema:Event ;
                    schema:name "%s"@en ;
                    schema:performer <https://w3id.org/ogp-ld/id/person/xss-probe> .
                <https://w3id.org/ogp-ld/id/event/round-table> schema:subEvent
                    <https://w3id.org/ogp-ld/id/event/round-table#talk-9> .
                """.formatted(name, name, name));
        if (status != 201 && status != 204 && status != 200) {
            throw new IllegalStateException("Publishing the XSS probe failed: " + status);
        }
    }
}
