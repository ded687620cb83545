package org.ogpld.endpoint.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFParserRegistry;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.ogpld.endpoint.CredentialedServer;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The W3C SPARQL 1.1 Protocol, Graph Store Protocol and Service Description test suites from
 * {@code ../shared/data/w3c-sparql11/}, run against the live endpoint: one dynamic test per manifest entry.
 */
@CredentialedServer
class W3cConformanceIT {

    private static final String SD = "http://www.w3.org/ns/sparql-service-description#";

    @LocalServerPort
    int port;

    @TestFactory
    Stream<DynamicTest> protocolManifestPasses() {
        return replay(HtManifests.read(HtManifests.folder().resolve("protocol/manifest.ttl")));
    }

    @TestFactory
    Stream<DynamicTest> graphStoreProtocolManifestPasses() {
        return replay(HtManifests.read(HtManifests.folder().resolve("graph-store-protocol/manifest.ttl")));
    }

    private Stream<DynamicTest> replay(List<HtTest> tests) {
        HtReplay replay = new HtReplay("http://localhost:" + port, CredentialedServer.BEARER);
        return tests.stream().map(test -> DynamicTest.dynamicTest(test.name() + ": " + test.title(), () -> {
            replay.prepare(test);
            replay.run(test);
        }));
    }

    /**
     * The service description manifest names its three tests without {@code ht:} requests; they are the checks of
     * the W3C service description validator: GET on the endpoint returns RDF, that RDF has an {@code sd:endpoint}
     * triple naming the very URL requested, and every {@code sd:NamedGraph} has an {@code sd:name}.
     */
    @TestFactory
    Stream<DynamicTest> serviceDescriptionManifestPasses() {
        List<HtTest> tests = HtManifests.read(HtManifests.folder().resolve("service-description/manifest.ttl"));
        assertThat(tests).extracting(HtTest::name)
                .containsExactly("has-endpoint-triple", "returns-rdf", "conforms-to-schema");
        String url = "http://localhost:" + port + "/ogp/sparql";
        return tests.stream().map(test -> DynamicTest.dynamicTest(test.name() + ": " + test.title(),
                () -> checkServiceDescription(test.name(), url)));
    }

    private static void checkServiceDescription(String name, String url) throws IOException, InterruptedException {
        Model description = fetchRdf(url);
        ValueFactory values = SimpleValueFactory.getInstance();
        IRI endpoint = values.createIRI(SD, "endpoint");
        switch (name) {
            case "returns-rdf" -> assertThat(description).isNotEmpty();
            case "has-endpoint-triple" -> assertThat(description.filter(null, endpoint, values.createIRI(url)))
                    .isNotEmpty();
            case "conforms-to-schema" -> {
                for (Resource graph : description.filter(null, RDF.TYPE, values.createIRI(SD, "NamedGraph"))
                        .subjects()) {
                    assertThat(description.filter(graph, values.createIRI(SD, "name"), null)).isNotEmpty();
                }
            }
            default -> throw new AssertionError("Unknown service description test " + name);
        }
    }

    /** GETs a URL asking for any RDF syntax RDF4J reads, and parses what comes back. */
    static Model fetchRdf(String url) throws IOException, InterruptedException {
        String accept = String.join(", ", RDFParserRegistry.getInstance().getKeys().stream()
                .map(RDFFormat::getDefaultMIMEType).toList());
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        String type = response.headers().firstValue("Content-Type").orElseThrow().split(";")[0].trim();
        RDFFormat format = Rio.getParserFormatForMIMEType(type).orElseThrow();
        try (InputStream body = response.body()) {
            return Rio.parse(body, url, format);
        }
    }
}
