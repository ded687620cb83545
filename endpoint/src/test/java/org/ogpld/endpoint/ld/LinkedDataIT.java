package org.ogpld.endpoint.ld;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Dereferencing: codes, redirects, headers and content of every format, checked with RDF4J as the oracle. */
@FixtureServer
class LinkedDataIT {

    private static final String EVENT = LdClient.BASE + "id/event/round-table";

    @LocalServerPort
    int port;

    private LdClient client;

    @BeforeEach
    void connect() {
        client = new LdClient(port);
    }

    @Test
    void identifierRedirectsToItsDescriptionAtThePublicUrlWith303() {
        HttpResponse<byte[]> response = client.get("/id/event/round-table", "Accept", "text/turtle");
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(LdClient.header(response, "Location")).isEqualTo(client.server() + "/doc/event/round-table");
    }

    @Test
    void identifierNobodyHoldsIsNotFound() {
        assertThat(client.get("/id/event/no-such-event").statusCode()).isEqualTo(404);
        assertThat(client.get("/id/spaceship/round-table").statusCode()).isEqualTo(404);
        assertThat(client.get("/id/event/Not_A_Slug").statusCode()).isEqualTo(404);
    }

    @Test
    void unknownDescriptionIsAPageForBrowsersAndAProblemForClients() {
        HttpResponse<byte[]> browser = client.get("/doc/person/nobody", "Accept", "text/html,*/*;q=0.8");
        assertThat(browser.statusCode()).isEqualTo(404);
        assertThat(LdClient.header(browser, "Content-Type")).startsWith("text/html");
        assertThat(new String(browser.body(), StandardCharsets.UTF_8)).contains("/doc/person/nobody");
        HttpResponse<byte[]> harvester = client.get("/doc/person/nobody", "Accept", "text/turtle");
        assertThat(harvester.statusCode()).isEqualTo(404);
        assertThat(LdClient.header(harvester, "Content-Type")).startsWith("application/problem+json");
        assertThat(client.get("/doc/event/round-table.exe").statusCode()).isEqualTo(404);
    }

    @Test
    void negotiatedDescriptionNamesItsLocationVaryAndAlternates() {
        HttpResponse<byte[]> response = client.get("/doc/event/round-table", "Accept", "text/turtle");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(LdClient.header(response, "Content-Type")).startsWith("text/turtle");
        assertThat(LdClient.header(response, "Content-Location")).isEqualTo("/doc/event/round-table.ttl");
        assertThat(LdClient.header(response, "Vary")).containsIgnoringCase("Accept");
        assertThat(LdClient.header(response, "Link"))
                .contains("</doc/event/round-table.jsonld>; rel=\"alternate\"; type=\"application/ld+json\"")
                .contains("</doc/event/round-table.html>; rel=\"alternate\"; type=\"text/html\"")
                .contains("</doc/event/round-table.nt>").contains("</doc/event/round-table.rdf>");
        assertThat(LdClient.header(response, "ETag")).isNotBlank();
        assertThat(LdClient.header(response, "Last-Modified")).isNotBlank();
    }

    @Test
    void browsersGetHtmlAndHarvestersTheirFormat() {
        assertThat(LdClient.header(client.get("/doc/event/round-table", "Accept",
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"), "Content-Type"))
                .startsWith("text/html");
        assertThat(LdClient.header(client.get("/doc/event/round-table", "Accept", "application/ld+json"),
                "Content-Type")).startsWith("application/ld+json");
        assertThat(LdClient.header(client.get("/doc/event/round-table", "Accept",
                "application/n-triples;q=0.5, application/rdf+xml"), "Content-Type")).startsWith("application/rdf+xml");
        assertThat(client.get("/doc/event/round-table", "Accept", "image/png").statusCode()).isEqualTo(406);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ttl", "jsonld", "nt", "rdf"})
    void everyExtensionServesItsFormat(String extension) {
        HttpResponse<byte[]> response = client.get("/doc/event/round-table." + extension, "Accept", "text/html");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(LdClient.header(response, "Content-Type")).startsWith(format(extension).getDefaultMIMEType());
        assertThat(LdClient.header(response, "Content-Location")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"event/round-table", "person/kamal-cafarov", "organisation/transparency-azerbaijan",
        "commitment/az0038", "study/asan-monitoring", "place/holiday-inn", "post/national-coordinator"})
    void everyFormatGivesTheSameGraph(String path) {
        Model turtle = client.rdf("/doc/" + path, RDFFormat.TURTLE);
        for (RDFFormat format : new RDFFormat[] {RDFFormat.JSONLD, RDFFormat.NTRIPLES, RDFFormat.RDFXML}) {
            Model other = client.rdf("/doc/" + path, format);
            assertThat(Models.isomorphic(other, turtle)).as("%s of %s is isomorphic to its Turtle", format, path)
                    .isTrue();
        }
    }

    @Test
    void descriptionHoldsTheResourceItsPartsLabelsOfLinksAndIncomingLinks() {
        Model turtle = client.rdf("/doc/event/round-table", RDFFormat.TURTLE);
        Model fixture = LdClient.fixtureTriples();
        Model own = new LinkedHashModel();
        fixture.stream().filter(st -> st.getSubject().stringValue().equals(EVENT)
                || st.getSubject().stringValue().startsWith(EVENT + "#")).forEach(own::add);
        assertThat(own).hasSizeGreaterThan(40);
        assertThat(turtle).containsAll(own);
        IRI venue = Values.iri(LdClient.BASE + "id/place/holiday-inn");
        assertThat(turtle.filter(venue, Values.iri("https://schema.org/name"), null)).hasSize(2);
        assertThat(turtle.filter(venue, Values.iri("http://www.w3.org/ns/locn#address"), null)).isEmpty();
        IRI pressRelease = Values.iri(LdClient.BASE + "id/document/press-release");
        assertThat(turtle.contains(pressRelease, Values.iri("https://schema.org/about"), Values.iri(EVENT))).isTrue();
    }

    @Test
    void jsonLdIsFramedWithTheContextAndTheKindsFrame() {
        String json = new String(client.get("/doc/event/round-table.jsonld").body(), StandardCharsets.UTF_8);
        assertThat(json).containsPattern("\"@context\"\\s*:\\s*\"" + java.util.regex.Pattern.quote(client.context()))
                .contains("\"subEvent\"").contains("\"hasParticipation\"").contains("\"organizer\"")
                .containsPattern("\"subEvent\"\\s*:\\s*\\[\\s*\\{");
    }

    @Test
    void conditionalRequestWithTheETagGets304() {
        HttpResponse<byte[]> first = client.get("/doc/event/round-table.ttl");
        String etag = LdClient.header(first, "ETag");
        HttpResponse<byte[]> again = client.get("/doc/event/round-table.ttl", "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(client.get("/doc/event/round-table.jsonld", "If-None-Match", etag).statusCode()).isEqualTo(200);
    }

    @Test
    void vocabularyIsServedWithEveryTermAnchored() {
        HttpResponse<byte[]> page = client.get("/ns", "Accept", "text/html");
        String html = new String(page.body(), StandardCharsets.UTF_8);
        assertThat(html).contains("id=\"Commitment\"").contains("id=\"participantCount\"")
                .contains("id=\"IrmAssessment\"");
        Model ontology = client.rdf("/ns.ttl", RDFFormat.TURTLE);
        assertThat(ontology.subjects()).contains(Values.iri("https://w3id.org/ogp-ld/ns#Commitment"));
        assertThat(Models.isomorphic(client.rdf("/ns", RDFFormat.JSONLD), ontology)).isTrue();
        assertThat(client.rdf("/ns/shapes.ttl", RDFFormat.TURTLE)).isNotEmpty();
        assertThat(new String(client.get("/ns/context.jsonld").body(), StandardCharsets.UTF_8))
                .contains("\"participantCount\"");
        assertThat(new String(client.get("/ns/frames/event.jsonld").body(), StandardCharsets.UTF_8))
                .contains("PublicEvent");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/ns/frames/observation.jsonld", "/ns/frames/..%2Fcontext.jsonld",
        "/ns/frames/%2e%2e/context.jsonld", "/ns/frames/event.jsonld%00", "/ns/frames/..%5C..%5Cpom.xml",
        "/doc/event/..%2F..%2Fns.ttl", "/doc/%2e%2e/%2e%2e/etc/passwd"})
    void pathsOutsideTheWhitelistAreRefused(String path) {
        HttpResponse<byte[]> response = client.get(path);
        assertThat(response.statusCode()).isIn(400, 404);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).doesNotContain("root:").doesNotContain("@vocab");
    }

    private static RDFFormat format(String extension) {
        return switch (extension) {
            case "ttl" -> RDFFormat.TURTLE;
            case "jsonld" -> RDFFormat.JSONLD;
            case "nt" -> RDFFormat.NTRIPLES;
            default -> RDFFormat.RDFXML;
        };
    }
}
