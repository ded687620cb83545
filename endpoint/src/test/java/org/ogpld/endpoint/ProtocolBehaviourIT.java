package org.ogpld.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ogpld.vocab.Vocab;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Status codes and headers of the endpoint, checked at the HTTP level. */
@SpringBootTest(classes = OgpldApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ogpld.store.in-memory=true", "ogpld.security.token=" + ProtocolBehaviourIT.TOKEN,
            "ogpld.security.users=bob:pw", "ogpld.limits.max-body-size=64KB",
            "ogpld.update.load-folder=target/test-classes/org/ogpld/endpoint/load"})
class ProtocolBehaviourIT {

    static final String TOKEN = "t0ken-for-tests";
    static final String BEARER = "Bearer " + TOKEN;

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void emptyStore() {
        http = new Http(port);
        assertThat(http.update("DROP ALL", BEARER).statusCode()).isEqualTo(204);
    }

    private boolean ask(String pattern) {
        return http.query("ASK { " + pattern + " }", "application/sparql-results+json").body().contains("true");
    }

    @Nested
    class Credentials {

        @Test
        void updateWithoutCredentialsIsChallengedWith401() {
            HttpResponse<String> response = http.update("INSERT DATA { <urn:a> <urn:b> <urn:c> }", null);
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().allValues("WWW-Authenticate"))
                    .anyMatch(v -> v.startsWith("Basic realm=")).anyMatch(v -> v.startsWith("Bearer realm="));
            assertThat(ask("<urn:a> ?p ?o")).isFalse();
        }

        @Test
        void wrongTokenIs401AndWritesNothing() {
            assertThat(http.update("INSERT DATA { <urn:a> <urn:b> <urn:c> }", "Bearer nope").statusCode())
                    .isEqualTo(401);
            assertThat(ask("<urn:a> ?p ?o")).isFalse();
        }

        @Test
        void bearerTokenAndBasicUserMayWrite() {
            assertThat(http.update("INSERT DATA { <urn:a> <urn:b> <urn:c> }", BEARER).statusCode()).isEqualTo(204);
            String basic = "Basic " + java.util.Base64.getEncoder().encodeToString("bob:pw".getBytes());
            assertThat(http.update("INSERT DATA { <urn:d> <urn:b> <urn:c> }", basic).statusCode()).isEqualTo(204);
            assertThat(ask("<urn:a> ?p ?o . <urn:d> ?q ?r")).isTrue();
        }

        @Test
        void graphStoreWriteWithoutCredentialsIs401() {
            HttpResponse<String> response = http.send(http.request("/ogp/data?graph=urn:g")
                    .header("Content-Type", "text/turtle")
                    .PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> 1 .")));
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(ask("GRAPH <urn:g> { ?s ?p ?o }")).isFalse();
        }
    }

    @Nested
    class BadRequests {

        @Test
        void bodyOverTheLimitIs413() {
            String query = "SELECT * { ?s ?p ?o } # " + "x".repeat(70 * 1024);
            HttpResponse<String> response = http.send(http.request("/ogp/sparql")
                    .header("Content-Type", "application/sparql-query")
                    .POST(HttpRequest.BodyPublishers.ofString(query)));
            assertThat(response.statusCode()).isEqualTo(413);
        }

        @Test
        void unsupportedMediaTypesAre415() {
            assertThat(http.send(http.request("/ogp/sparql").header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofString("ASK {}"))).statusCode()).isEqualTo(415);
            assertThat(http.send(http.request("/ogp/data?graph=urn:g").header("Authorization", BEARER)
                    .header("Content-Type", "application/x-unknown")
                    .PUT(HttpRequest.BodyPublishers.ofString("x"))).statusCode()).isEqualTo(415);
        }

        @Test
        void unacceptableAcceptIs406() {
            HttpResponse<String> response = http.query("SELECT * {}", "image/png");
            assertThat(response.statusCode()).isEqualTo(406);
            assertThat(response.body()).contains("application/sparql-results+json");
        }

        @Test
        void malformedQueryIs400WithLineAndColumn() {
            HttpResponse<String> response = http.query("SELECT * {\n  ?s ?p }", null);
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
            assertThat(response.body()).contains("line 2, column 9");
        }

        @Test
        void deeplyNestedQueryIs400NotAServerError() {
            String query = "ASK { FILTER(" + "(".repeat(15_000) + "1" + ")".repeat(15_000) + ") }";
            HttpResponse<String> response = http.send(http.request("/ogp/sparql")
                    .header("Content-Type", "application/sparql-query")
                    .POST(HttpRequest.BodyPublishers.ofString(query)));
            assertThat(response.statusCode()).isEqualTo(400);
        }

        @Test
        void timeoutParameterMustBeAPositiveNumberAndHugeValuesMeanTheServerLimit() {
            assertThat(http.query("ASK {}", null, "timeout=abc").statusCode()).isEqualTo(400);
            assertThat(http.query("ASK {}", null, "timeout=-1").statusCode()).isEqualTo(400);
            assertThat(http.query("ASK {}", null, "timeout=1e999").statusCode()).isEqualTo(200);
            assertThat(http.query("ASK {}", null, "timeout=1,2.5").statusCode()).isEqualTo(200);
        }

        @Test
        void putOfTriplesToTheWholeDatasetIsRefused() {
            http.update("INSERT DATA { GRAPH <urn:keep> { <urn:a> <urn:b> 1 } }", BEARER);
            HttpResponse<String> response = http.send(http.request("/ogp/data").header("Authorization", BEARER)
                    .header("Content-Type", "text/turtle")
                    .PUT(HttpRequest.BodyPublishers.ofString("<urn:x> <urn:y> 1 .")));
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(ask("GRAPH <urn:keep> { <urn:a> <urn:b> 1 }")).isTrue();
        }

        @Test
        void malformedUpdateIs400WithLineAndColumn() {
            HttpResponse<String> response = http.update("INSERT DATA {\n <urn:a> <urn:b> }", BEARER);
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.body()).contains("line 2");
        }

        @Test
        void uploadWithAnErrorAtTheEndWritesNothing() {
            String turtle = "<urn:a> <urn:b> 1 .\n<urn:c> <urn:d> 2 .\n<urn:e> <urn:f> .\n";
            HttpResponse<String> response = http.send(http.request("/ogp/data?graph=urn:g")
                    .header("Authorization", BEARER).header("Content-Type", "text/turtle")
                    .PUT(HttpRequest.BodyPublishers.ofString(turtle)));
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.body()).contains("line: 3");
            assertThat(ask("GRAPH <urn:g> { ?s ?p ?o }")).isFalse();
        }

        @Test
        void rdfXmlWithAnExternalEntityIsRefusedWithoutReadingTheFile() throws Exception {
            byte[] attack = ProtocolBehaviourIT.class.getResourceAsStream("xxe.rdf").readAllBytes();
            HttpResponse<String> response = http.send(http.request("/ogp/data?graph=urn:xxe")
                    .header("Authorization", BEARER).header("Content-Type", "application/rdf+xml")
                    .PUT(HttpRequest.BodyPublishers.ofByteArray(attack)));
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.body()).contains("DOCTYPE");
            assertThat(ask("GRAPH <urn:xxe> { ?s ?p ?o }")).isFalse();
            String hostname = Files.readString(Path.of("/etc/hostname")).trim();
            assertThat(response.body()).doesNotContain(hostname);
        }

        @Test
        void errorsOutsideTheDatasetAreProblemDetails() {
            HttpResponse<String> response = http.send(http.request("/$/stats/nope").GET());
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(response.body()).contains("\"status\":404").contains("/$/stats/nope");
        }
    }

    @Nested
    class NetworkAccess {

        @Test
        void serviceIsRefusedAndNothingReachesTheNetwork() {
            try (LoopbackServer remote = new LoopbackServer()) {
                String service = "SERVICE <" + remote.url("/sparql") + "> { ?s ?p ?o }";
                HttpResponse<String> direct = http.query("SELECT * { " + service + " }", null);
                HttpResponse<String> nested = http.query("SELECT * { FILTER EXISTS { " + service + " } }", null);
                HttpResponse<String> update = http.update("INSERT { <urn:a> <urn:b> ?o } WHERE { " + service + " }",
                        BEARER);
                assertThat(direct.statusCode()).isEqualTo(400);
                assertThat(direct.body()).contains("SERVICE");
                assertThat(nested.statusCode()).isEqualTo(400);
                assertThat(update.statusCode()).isEqualTo(400);
                assertThat(remote.hits()).isZero();
            }
        }

        @Test
        void remoteLoadIsRefusedAndNothingReachesTheNetwork() {
            try (LoopbackServer remote = new LoopbackServer()) {
                HttpResponse<String> response = http.update("LOAD <" + remote.url("/data.nt") + ">", BEARER);
                assertThat(response.statusCode()).isEqualTo(400);
                assertThat(response.body()).contains("LOAD");
                assertThat(remote.hits()).isZero();
            }
        }

        @Test
        void remoteJsonLdContextIsRefusedAndNothingReachesTheNetwork() {
            try (LoopbackServer remote = new LoopbackServer()) {
                String jsonld = "{\"@context\": \"" + remote.url("/context.jsonld") + "\", \"@id\": \"urn:a\", "
                        + "\"name\": \"x\"}";
                HttpResponse<String> response = http.send(http.request("/ogp/data?graph=urn:g")
                        .header("Authorization", BEARER).header("Content-Type", "application/ld+json")
                        .PUT(HttpRequest.BodyPublishers.ofString(jsonld)));
                assertThat(response.statusCode()).isEqualTo(400);
                assertThat(remote.hits()).isZero();
            }
        }

        @Test
        void jsonLdUsingTheOgpContextIsReadFromTheClasspath() {
            String jsonld = "{\"@context\": \"" + Vocab.CONTEXT_IRI + "\", \"@id\": \"urn:a\", "
                    + "\"@type\": \"Event\"}";
            HttpResponse<String> response = http.send(http.request("/ogp/data?graph=urn:ctx")
                    .header("Authorization", BEARER).header("Content-Type", "application/ld+json")
                    .PUT(HttpRequest.BodyPublishers.ofString(jsonld)));
            assertThat(response.statusCode()).isEqualTo(201);
            assertThat(ask("GRAPH <urn:ctx> { <urn:a> a ?type }")).isTrue();
        }

        @Test
        void localLoadReadsOnlyInsideTheConfiguredFolder() throws Exception {
            Path allowed = Path.of("target/test-classes/org/ogpld/endpoint/load/allowed.nt").toAbsolutePath();
            assertThat(http.update("LOAD <file:///etc/hostname> INTO GRAPH <urn:g>", BEARER).statusCode())
                    .isEqualTo(400);
            String escape = allowed.getParent().toUri() + "../roundtable.ttl";
            assertThat(http.update("LOAD <" + escape + "> INTO GRAPH <urn:g>", BEARER).statusCode()).isEqualTo(400);
            assertThat(http.update("LOAD <" + allowed.toUri() + "> INTO GRAPH <urn:g>", BEARER).statusCode())
                    .isEqualTo(204);
            assertThat(ask("GRAPH <urn:g> { <http://example.org/loaded> ?p ?o }")).isTrue();
        }
    }

    @Nested
    class Negotiation {

        @Test
        void qValuesAndFusekiOverridesChooseTheFormat() {
            assertThat(http.query("SELECT * {}", "application/sparql-results+xml;q=0.5, text/csv").headers()
                    .firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/csv"));
            assertThat(http.query("SELECT * {}", "text/csv", "format=xml").headers().firstValue("Content-Type"))
                    .hasValue("application/sparql-results+xml");
            assertThat(http.query("CONSTRUCT WHERE {}", null, "output=nt").headers().firstValue("Content-Type"))
                    .hasValue("application/n-triples");
            assertThat(http.query("SELECT * {}", "text/*;q=0.1, */*;q=0").statusCode()).isEqualTo(200);
        }

        @Test
        void responsesVaryByAcceptAndAllowAnyOrigin() {
            HttpResponse<String> response = http.send(http.request("/ogp/sparql?query=" + Http.encode("ASK {}"))
                    .header("Origin", "https://example.org").GET());
            assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
            assertThat(String.join(",", response.headers().allValues("Vary")).toLowerCase()).contains("accept");
        }

        @Test
        void largeResultsAreGzipped() {
            HttpResponse<byte[]> response = http.sendBytes(http.request("/ogp/sparql?query="
                    + Http.encode("SELECT ?i { VALUES ?i { " + "\"a long enough value\" ".repeat(200) + "} }"))
                    .header("Accept-Encoding", "gzip").GET());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
        }

        @Test
        void constructAsTrigAndDescribeAsTurtle() {
            http.update("INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> \"c\" } }", BEARER);
            HttpResponse<String> trig = http.query("CONSTRUCT WHERE { ?s ?p ?o }", "application/trig");
            assertThat(trig.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/trig");
            HttpResponse<String> describe = http.query("DESCRIBE <urn:a>", null);
            assertThat(describe.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/turtle");
            assertThat(describe.body()).contains("urn:b");
        }
    }

    @Nested
    class GraphStore {

        @Test
        void postToTheStoreCreatesAGraphNamedByItsLocation() {
            HttpResponse<String> created = http.send(http.request("/ogp/data").header("Authorization", BEARER)
                    .header("Content-Type", "text/turtle")
                    .POST(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> 1 .")));
            assertThat(created.statusCode()).isEqualTo(201);
            String location = created.headers().firstValue("Location").orElseThrow();
            // Named under ogpld.public-url (configuration, never the request's Host), where this server serves it.
            assertThat(location).startsWith(http.url("/ogp/data/"));
            String path = location.substring(http.url("").length());
            assertThat(http.send(http.request(path).GET()).statusCode()).isEqualTo(200);
            assertThat(ask("GRAPH <" + location + "> { <urn:a> <urn:b> 1 }")).isTrue();
            assertThat(http.send(http.request(path).header("Authorization", BEARER).DELETE()).statusCode())
                    .isEqualTo(204);
            assertThat(http.send(http.request(path).GET()).statusCode()).isEqualTo(404);
            assertThat(http.send(http.request(path).header("Authorization", BEARER).DELETE()).statusCode())
                    .isEqualTo(404);
        }

        @Test
        void theDatasetUrlServesTheGraphStoreWhenAGraphIsNamed() {
            HttpResponse<String> put = http.send(http.request("/ogp?graph=urn:ds").header("Authorization", BEARER)
                    .header("Content-Type", "text/turtle")
                    .PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> 1 .")));
            assertThat(put.statusCode()).isEqualTo(201);
            HttpResponse<String> get = http.send(http.request("/ogp?graph=urn:ds")
                    .header("Accept", "text/turtle").GET());
            assertThat(get.statusCode()).isEqualTo(200);
            assertThat(get.body()).contains("urn:b");
            assertThat(http.send(http.request("/ogp?graph=urn:ds").DELETE()).statusCode()).isEqualTo(401);
            assertThat(http.send(http.request("/ogp?graph=urn:ds").header("Authorization", BEARER).DELETE())
                    .statusCode()).isEqualTo(204);
            assertThat(http.send(http.request("/ogp").GET()).body()).contains("sparql-service-description");
        }

        @Test
        void readOnlyEndpointRefusesWrites() {
            HttpResponse<String> response = http.send(http.request("/ogp/get?graph=urn:g")
                    .header("Authorization", BEARER).header("Content-Type", "text/turtle")
                    .PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> 1 .")));
            assertThat(response.statusCode()).isEqualTo(405);
        }

        @Test
        void defaultGraphWritesLandInTheDefaultNamedGraphAndReadAsTheUnion() {
            http.update("INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> 1 } }", BEARER);
            http.send(http.request("/ogp/data?default").header("Authorization", BEARER)
                    .header("Content-Type", "text/turtle")
                    .POST(HttpRequest.BodyPublishers.ofString("<urn:c> <urn:d> 2 .\n")));
            assertThat(ask("GRAPH <https://w3id.org/ogp-ld/graph/default> { <urn:c> <urn:d> 2 }")).isTrue();
            String union = http.send(http.request("/ogp/data?default").header("Accept", "application/n-triples")
                    .GET()).body();
            assertThat(union).contains("<urn:a>").contains("<urn:c>");
            HttpResponse<String> dataset = http.send(http.request("/ogp/get")
                    .header("Accept", "application/n-quads").GET());
            assertThat(dataset.body()).contains("<urn:g>").contains("<https://w3id.org/ogp-ld/graph/default>");
        }

        @Test
        void headOnAMissingGraphIs404() {
            assertThat(http.send(http.request("/ogp/data?graph=urn:missing")
                    .method("HEAD", HttpRequest.BodyPublishers.noBody())).statusCode()).isEqualTo(404);
        }
    }

    @Test
    void operationsReportServerStatsMetricsAndHealth() {
        http.update("INSERT DATA { GRAPH <urn:stats> { <urn:a> <urn:b> 1 , 2 } }", BEARER);
        http.query("ASK {}", null);
        assertThat(http.send(http.request("/$/server").GET()).body()).contains("\"ds.name\":\"/ogp\"");
        assertThat(http.send(http.request("/$/stats/ogp").GET()).body())
                .contains("{\"graph\":\"urn:stats\",\"triples\":2}").contains("\"query\"");
        String metrics = http.send(http.request("/$/metrics").GET()).body();
        assertThat(metrics).contains("ogpld_requests_seconds_bucket").contains("operation=\"query\"")
                .contains("ogpld_store_size_bytes");
        assertThat(http.send(http.request("/actuator/health").GET()).body()).contains("UP");
    }

    @Test
    void pingAnswersWithTheTime() {
        HttpResponse<String> response = http.send(http.request("/$/ping").GET());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).matches("\\d{4}-\\d\\d-\\d\\dT.*\\n");
    }
}
