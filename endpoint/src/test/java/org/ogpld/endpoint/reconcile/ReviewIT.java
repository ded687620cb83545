package org.ogpld.endpoint.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ogpld.endpoint.CredentialedServer;
import org.ogpld.endpoint.Http;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /reconcile/review} on a server that takes write credentials, given the seed press release: a reviewer's
 * decisions need a credential, name who took them, and become the stored linkset that VoID describes.
 */
@CredentialedServer
class ReviewIT {

    private static final String ID = "https://w3id.org/ogp-ld/id/";
    private static final String FUND = ID + "organisation/konstitusiya-arasdirmalar-fondu";
    private static final String EURASIA = ID + "organisation/avrasiya-amakdasliq-fondu";
    private static final String KAMAL = ID + "person/kamal-cafarov-ogp-dialogue-platform-round-table-2017";
    private static final String LINKS = "https://w3id.org/ogp-ld/graph/reconciliation-links";

    /** The seed publication as Turtle, put into its own graph: other classes on this server drop all graphs. */
    private static final Path SEED = Path.of("..", "examples", "seed", "round-table-2017.ttl");

    @LocalServerPort
    int port;

    private Http http;

    @BeforeEach
    void theSeedIsInTheStore() throws IOException {
        http = new Http(port);
        HttpResponse<String> put = http.send(http.request("/ogp/data?graph=" + Http.encode("urn:ogpld:test:review-seed"))
                .header("Authorization", CredentialedServer.BEARER).header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofFile(SEED)));
        assertThat(put.statusCode()).as(put.body()).isIn(201, 204);
    }

    @Test
    void aReviewerRejectsAndAcceptsLinksWithWriteCredentialsAndTheLinksFollow() {
        String reject = "{\"subject\": \"" + FUND + "\", \"object\": \"" + EURASIA + "\", \"decision\": \"reject\"}";
        assertThat(decide(reject, null).statusCode()).isEqualTo(401);
        HttpResponse<String> form = http.send(http.request("/reconcile/review")
                .header("Authorization", CredentialedServer.BEARER)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("subject=x")));
        assertThat(form.statusCode()).isEqualTo(415);
        HttpResponse<String> unknown = decide(reject.replace(FUND, ID + "person/nobody"),
                CredentialedServer.BEARER);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("subject: no resource");

        HttpResponse<String> rejected = decide(reject, CredentialedServer.BEARER);
        assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(200);
        assertThat(JsonMapper.builder().build().readTree(rejected.body()).get("by").stringValue()).isEqualTo("token");
        String basic = "Basic " + Base64.getEncoder().encodeToString(
                (CredentialedServer.USER + ":" + CredentialedServer.PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> accepted = decide("{\"subject\": \"" + KAMAL + "\", \"object\": \"" + FUND
                + "\", \"predicate\": \"" + SKOS.closeMatch.getURI() + "\", \"decision\": \"accept\"}", basic);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);

        HttpResponse<String> page = http.send(http.request("/reconcile/review").header("Accept", "text/html").GET());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("rejected by token at", "accepted by " + CredentialedServer.USER + " at",
                "/js/review.js");
        Model links = turtle(http.send(http.request("/reconcile/links").GET()).body());
        assertThat(links.contains(links.createResource(KAMAL), SKOS.closeMatch, links.createResource(FUND))).isTrue();
        assertThat(links.containsResource(links.createResource(EURASIA))).isFalse();
        assertThat(voidLinksetOfTheStoredLinks()).as("/.well-known/void lists the stored linkset graph").isTrue();
    }

    /**
     * Whether the VoID description names the linkset graph a {@code void:Linkset} of one {@code skos:closeMatch};
     * asked again while the store's statistics are being recounted after the decisions (a count runs in the
     * background and a request may get the previous one).
     */
    private boolean voidLinksetOfTheStoredLinks() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        do {
            Model description = turtle(http.send(http.request("/.well-known/void")
                    .header("Accept", "text/turtle").GET()).body());
            Resource linkset = description.createResource(LINKS);
            if (description.contains(linkset, RDF.type, VOID.Linkset)) {
                return description.contains(linkset, VOID.linkPredicate, SKOS.closeMatch)
                        && linkset.getProperty(VOID.triples).getLong() == 1;
            }
        } while (System.nanoTime() < deadline);
        return false;
    }

    private HttpResponse<String> decide(String json, String authorization) {
        HttpRequest.Builder request = http.request("/reconcile/review").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request);
    }

    private static Model turtle(String body) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(body, Lang.TURTLE).parse(model);
        return model;
    }
}
