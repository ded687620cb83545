package org.ogpld.endpoint.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.ogpld.endpoint.Http;
import org.ogpld.endpoint.LoopbackServer;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Attacks on the write guard, the network and the XML parser: refused, store unchanged, nothing leaked into the
 * logs, no request leaves the machine, no file is read.
 */
class SecurityIT extends ReliabilityServer {

    static final String BASE_DATA = "<urn:base> { <urn:ex:a> <urn:ex:p> 1 . }";

    Http http;

    @BeforeEach
    void baseData() {
        http = http();
        resetTo(http, BASE_DATA);
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> upload(String method, String path, String contentType, byte[] body, String auth) {
        HttpRequest.Builder request = http.request(path).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        if (auth != null) {
            request.header("Authorization", auth);
        }
        return http.send(request);
    }

    private boolean storeMentions(String text) {
        String query = "ASK { GRAPH ?g { ?s ?p ?o FILTER(CONTAINS(STR(?s), \"" + text + "\") || CONTAINS(STR(?o), \""
                + text + "\")) } }";
        return http.query(query, "application/sparql-results+json").body().contains("true");
    }

    @Nested
    class Credentials {

        static final List<String> WRONG = List.of("Bearer wrong", "Bearer " + TOKEN + "x", "Bearer",
                basic(USER, "nope"), basic(USER, PASSWORD + " "), basic("eve", PASSWORD), basic(USER, TOKEN),
                "Basic !!!notbase64", "Digest username=\"ada\"", "bearer" + TOKEN, "Bearer  " + TOKEN + " junk");

        @Test
        void everyWriteWithoutOrWithWrongCredentialsIs401AndChangesNothing() {
            long before = quadCount(http);
            byte[] turtle = "<urn:ex:x> <urn:ex:p> 9 .".getBytes(StandardCharsets.UTF_8);
            for (String auth : concat(WRONG, null)) {
                List<HttpResponse<String>> answers = List.of(
                        http.update("INSERT DATA { GRAPH <urn:x> { <urn:ex:x> <urn:ex:p> 9 } }", auth),
                        http.update("DROP ALL", auth),
                        upload("PUT", "/ogp/data?graph=urn:base", "text/turtle", turtle, auth),
                        upload("POST", "/ogp/data", "text/turtle", turtle, auth),
                        upload("DELETE", "/ogp/data?graph=urn:base", "text/turtle", new byte[0], auth),
                        upload("POST", "/ogp/sparql", "application/sparql-update", "DROP ALL".getBytes(), auth),
                        upload("PUT", "/ogp?graph=urn:base", "text/turtle", turtle, auth));
                for (HttpResponse<String> answer : answers) {
                    assertThat(answer.statusCode()).as("with %s", auth).isEqualTo(401);
                    assertThat(answer.headers().allValues("WWW-Authenticate")).isNotEmpty();
                }
            }
            assertThat(quadCount(http)).isEqualTo(before);
            assertThat(storeMentions("urn:ex:x")).isFalse();
        }

        @Test
        void readOnlyGraphStoreRefusesWritesEvenWithTheToken() {
            HttpResponse<String> response = upload("PUT", "/ogp/get?graph=urn:base", "text/turtle",
                    "<urn:ex:x> <urn:ex:p> 9 .".getBytes(StandardCharsets.UTF_8), BEARER);
            assertThat(response.statusCode()).isEqualTo(405);
            assertThat(storeMentions("urn:ex:x")).isFalse();
        }

        private static List<String> concat(List<String> list, String extra) {
            List<String> all = new java.util.ArrayList<>(list);
            all.add(extra);
            return all;
        }
    }

    @Nested
    @ExtendWith(OutputCaptureExtension.class)
    class Logs {

        @Test
        void credentialsNeverAppearInTheLogs(CapturedOutput output) {
            Logger ours = (Logger) LoggerFactory.getLogger("org.ogpld");
            Logger web = (Logger) LoggerFactory.getLogger("org.springframework.web");
            Level oursBefore = ours.getLevel();
            Level webBefore = web.getLevel();
            ours.setLevel(Level.TRACE);
            web.setLevel(Level.DEBUG);
            String wrongToken = "wr0ng-" + UUID.randomUUID();
            try {
                http.update("INSERT DATA { GRAPH <urn:log> { <urn:ex:l> <urn:ex:p> 1 } }", BEARER);
                http.update("INSERT DATA { GRAPH <urn:log> { <urn:ex:l> <urn:ex:p> 2 } }", basic(USER, PASSWORD));
                http.update("INSERT DATA { GRAPH <urn:log> { <urn:ex:l> <urn:ex:p> 3 } }", "Bearer " + wrongToken);
                http.update("INSERT DATA {", basic(USER, wrongToken));
                upload("PUT", "/ogp/data?graph=urn:log", "text/turtle", "<urn:a> <urn:b> .".getBytes(), BEARER);
            } finally {
                ours.setLevel(oursBefore);
                web.setLevel(webBefore);
            }
            assertThat(output.getAll()).contains("/ogp/update")
                    .doesNotContain(TOKEN, PASSWORD, wrongToken)
                    .doesNotContain(basic(USER, PASSWORD).substring(6), basic(USER, wrongToken).substring(6));
        }
    }

    @Nested
    class Forgery {

        private static final String FORM = "update="
                + Http.encode("INSERT DATA { GRAPH <urn:csrf> { <urn:a> <urn:b> 1 } }");

        private HttpResponse<String> formUpdate(String auth, String header, String value) {
            HttpRequest.Builder request = http.request("/ogp/update").header("Authorization", auth)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(FORM));
            if (header != null) {
                request.header(header, value);
            }
            return http.send(request);
        }

        private boolean written() {
            return http.query("ASK { GRAPH <urn:csrf> { ?s ?p ?o } }", "application/sparql-results+json").body()
                    .contains("true");
        }

        @Test
        void aCrossSiteFormPostWithRememberedBasicCredentialsIsRefused() {
            String auth = basic(USER, PASSWORD);
            for (String[] header : List.of(new String[] {"Origin", "https://evil.example"},
                    new String[] {"Origin", "null"}, new String[] {"Sec-Fetch-Site", "cross-site"},
                    new String[] {"Sec-Fetch-Site", "same-site"})) {
                HttpResponse<String> response = formUpdate(auth, header[0], header[1]);
                assertThat(response.statusCode()).as("%s: %s", header[0], header[1]).isEqualTo(403);
                assertThat(response.body()).contains("Cross-site write refused");
                assertThat(written()).isFalse();
            }
        }

        @Test
        void writesFromThisSiteFromNonBrowsersAndWithATokenPass() {
            assertThat(formUpdate(basic(USER, PASSWORD), "Origin", "http://localhost:" + port).statusCode())
                    .isEqualTo(200);
            assertThat(formUpdate(basic(USER, PASSWORD), "Sec-Fetch-Site", "same-origin").statusCode())
                    .isEqualTo(200);
            assertThat(formUpdate(basic(USER, PASSWORD), null, null).statusCode()).isEqualTo(200);
            assertThat(formUpdate(BEARER, "Origin", "https://elsewhere.example").statusCode()).isEqualTo(200);
            assertThat(written()).isTrue();
        }
    }

    @Nested
    class HostHeader {

        @Test
        void aPostedGraphIsNamedUnderTheConfiguredBaseWhateverHostTheClientNames() {
            String raw = RawHttp.exchange(port, "POST /ogp/data HTTP/1.1\r\nHost: evil.example\r\nAuthorization: "
                    + BEARER + "\r\nContent-Type: text/turtle", "<urn:ex:h> <urn:ex:p> <rel> .".getBytes());
            assertThat(raw).startsWith("HTTP/1.1 201");
            String location = raw.lines().filter(line -> line.startsWith("Location: ")).findFirst().orElseThrow()
                    .substring("Location: ".length());
            assertThat(location).startsWith("http://localhost:" + port + "/ogp/data/").doesNotContain("evil");
            assertThat(storeMentions("evil.example")).isFalse();
            assertThat(http.query("ASK { GRAPH <" + location + "> { <urn:ex:h> ?p ?o } }",
                    "application/sparql-results+json").body()).contains("true");
        }
    }

    @Nested
    class NetworkAccess {

        @Test
        void nothingAClientSendsMakesTheServerCallOut() {
            try (LoopbackServer remote = new LoopbackServer()) {
                String url = remote.url("/x");
                List<HttpResponse<String>> refused = List.of(
                        http.query("SELECT * { SERVICE <" + url + "> { ?s ?p ?o } }", null),
                        http.query("SELECT * { SERVICE SILENT <" + url + "> { ?s ?p ?o } }", null),
                        http.query("SELECT * { BIND(<" + url + "> AS ?u) SERVICE ?u { ?s ?p ?o } }", null),
                        http.query("SELECT * { { SELECT * { OPTIONAL { SERVICE <" + url + "> { ?s ?p ?o } } } } }",
                                null),
                        http.update("LOAD <" + url + ">", BEARER),
                        http.update("LOAD SILENT <" + url + "> INTO GRAPH <urn:g>", BEARER),
                        http.update("LOAD <http://localhost:" + port + "/ogp/data?graph=urn:base>", BEARER),
                        http.update("INSERT { GRAPH <urn:g> { ?s ?p ?o } } WHERE { SERVICE <" + url
                                + "> { ?s ?p ?o } }", BEARER),
                        upload("PUT", "/ogp/data?graph=urn:g", "application/ld+json",
                                ("{\"@context\": \"" + url + "\", \"@id\": \"urn:a\", \"n\": 1}").getBytes(), BEARER),
                        upload("PUT", "/ogp/data?graph=urn:g", "application/ld+json",
                                ("{\"@context\": [{\"@vocab\": \"urn:v:\"}, \"" + url + "\"], \"@id\": \"urn:a\"}")
                                        .getBytes(), BEARER),
                        upload("PUT", "/ogp/data?graph=urn:g", "application/ld+json",
                                ("{\"@context\": {\"p\": {\"@id\": \"urn:p\", \"@context\": \"" + url + "\"}}, "
                                        + "\"@id\": \"urn:a\", \"p\": {\"q\": 1}}").getBytes(), BEARER),
                        upload("PUT", "/ogp/data?graph=urn:g", "application/ld+json",
                                ("{\"@context\": {\"@import\": \"" + url + "\"}, \"@id\": \"urn:a\"}").getBytes(),
                                BEARER),
                        upload("PUT", "/ogp/data?graph=urn:g", "application/rdf+xml", ("<?xml version=\"1.0\"?>"
                                + "<!DOCTYPE r [<!ENTITY e SYSTEM \"" + url + "\">]><rdf:RDF xmlns:rdf="
                                + "\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"/>").getBytes(), BEARER));
                for (HttpResponse<String> answer : refused) {
                    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
                }
                // Dataset descriptions name graphs of the store; they are never fetched.
                assertThat(http.query("SELECT * FROM <" + url + "> { ?s ?p ?o }", null).statusCode()).isEqualTo(200);
                assertThat(http.query("ASK { ?s ?p ?o }", null, "default-graph-uri=" + Http.encode(url))
                        .statusCode()).isEqualTo(200);
                assertThat(remote.hits()).isZero();
                assertThat(storeMentions("urn:a")).isFalse();
            }
        }
    }

    @Nested
    class Xml {

        @TempDir
        Path temp;

        private static final String RDF_OPEN = "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
                + "xmlns:ex=\"urn:ex:\"><rdf:Description rdf:about=\"urn:ex:leak\"><ex:p>&x;</ex:p>"
                + "</rdf:Description></rdf:RDF>";

        private String secretFile() throws Exception {
            String marker = "SECRET-" + UUID.randomUUID();
            Files.writeString(temp.resolve("secret.txt"), marker);
            return marker;
        }

        private static String billionLaughs() {
            StringBuilder dtd = new StringBuilder("<!DOCTYPE rdf:RDF [<!ENTITY x0 \"lol\">");
            for (int i = 1; i <= 10; i++) {
                dtd.append("<!ENTITY x").append(i).append(" \"").append(("&x" + (i - 1) + ";").repeat(10))
                        .append("\">");
            }
            return dtd.append("<!ENTITY x \"&x10;\">]>").toString();
        }

        private void assertRefusedWithoutLeak(String contentType, byte[] document, String marker) {
            long before = quadCount(http);
            long start = System.nanoTime();
            HttpResponse<String> response = upload("PUT", "/ogp/data?graph=urn:xml", contentType, document, BEARER);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
            assertThat(response.body()).contains("DOCTYPE");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
            assertThat(response.body()).doesNotContain(marker).doesNotContain("lollol");
            assertThat(quadCount(http)).isEqualTo(before);
            assertThat(storeMentions(marker)).isFalse();
            assertThat(storeMentions("lollol")).isFalse();
        }

        @Test
        void externalEntitiesAreRefusedWithoutReadingTheFile() throws Exception {
            String marker = secretFile();
            String entity = "<!DOCTYPE rdf:RDF [<!ENTITY x SYSTEM \"" + temp.resolve("secret.txt").toUri() + "\">]>";
            for (String type : List.of("application/rdf+xml", "application/rdf+xml;charset=utf-8")) {
                assertRefusedWithoutLeak(type, (entity + RDF_OPEN).getBytes(StandardCharsets.UTF_8), marker);
                assertRefusedWithoutLeak(type, ("<?xml version=\"1.0\"?>\n<!-- c -->\n" + entity + RDF_OPEN)
                        .getBytes(StandardCharsets.UTF_8), marker);
                assertRefusedWithoutLeak(type, ("\uFEFF" + entity + RDF_OPEN).getBytes(StandardCharsets.UTF_8),
                        marker);
            }
            assertRefusedWithoutLeak("application/rdf+xml", ("\uFEFF" + entity + RDF_OPEN)
                    .getBytes(StandardCharsets.UTF_16BE), marker);
            assertRefusedWithoutLeak("application/rdf+xml", ("<?xml version=\"1.0\" encoding=\"UTF-16LE\"?>" + entity
                    + RDF_OPEN).getBytes(StandardCharsets.UTF_16LE), marker);
        }

        @Test
        void billionLaughsIsRefusedQuickly() throws Exception {
            String marker = secretFile();
            assertRefusedWithoutLeak("application/rdf+xml",
                    (billionLaughs() + RDF_OPEN).getBytes(StandardCharsets.UTF_8), marker);
        }

        @Test
        void entityExpansionInEncodingsATextScanCannotReadIsRefused() throws Exception {
            String marker = secretFile();
            String document = billionLaughs() + RDF_OPEN;
            assertRefusedWithoutLeak("application/rdf+xml", ("<?xml version=\"1.0\" encoding=\"IBM037\"?>\n" + document)
                    .getBytes(Charset.forName("IBM037")), marker);
            // No declaration and no byte order mark: the parser recognises UCS-4 from the first four bytes.
            assertRefusedWithoutLeak("application/rdf+xml", document.getBytes(Charset.forName("UTF-32BE")), marker);
        }

        @Test
        void theSameEncodingsWithoutADoctypeAreStillRead() {
            String plain = RDF_OPEN.replace("&x;", "EBCDIC");
            for (String encoding : List.of("IBM037", "UTF-32BE")) {
                String declaration = encoding.equals("IBM037") ? "<?xml version=\"1.0\" encoding=\"IBM037\"?>" : "";
                byte[] document = (declaration + plain).getBytes(Charset.forName(encoding));
                HttpResponse<String> response = upload("PUT", "/ogp/data?graph=urn:xml", "application/rdf+xml",
                        document, BEARER);
                assertThat(response.statusCode()).as(response.body()).isBetween(200, 204);
                assertThat(storeMentions("EBCDIC")).isTrue();
            }
        }

        @Test
        void trixIsXmlTooAndGetsTheSameProtection() throws Exception {
            String marker = secretFile();
            String entity = "<!DOCTYPE TriX [<!ENTITY x SYSTEM \"" + temp.resolve("secret.txt").toUri() + "\">]>";
            String trix = "<TriX xmlns=\"http://www.w3.org/2004/03/trix/trix-1/\"><graph><uri>urn:g</uri><triple>"
                    + "<uri>urn:ex:leak</uri><uri>urn:ex:p</uri><plainLiteral>&x;</plainLiteral></triple></graph>"
                    + "</TriX>";
            for (String head : List.of(entity, billionLaughs().replace("rdf:RDF", "TriX"))) {
                byte[] document = (head + trix).getBytes(StandardCharsets.UTF_8);
                long before = quadCount(http);
                HttpResponse<String> response = upload("POST", "/ogp/data", "application/trix+xml", document, BEARER);
                assertThat(response.statusCode()).as(response.body()).isIn(400, 415);
                assertThat(response.body()).doesNotContain(marker);
                assertThat(quadCount(http)).isEqualTo(before);
                assertThat(storeMentions(marker)).isFalse();
            }
        }

        @Test
        void multipartRdfXmlPartsAreGuardedToo() throws Exception {
            String marker = secretFile();
            String entity = "<!DOCTYPE rdf:RDF [<!ENTITY x SYSTEM \"" + temp.resolve("secret.txt").toUri() + "\">]>";
            String body = "--B\r\nContent-Disposition: form-data; name=\"f\"; filename=\"a.rdf\"\r\n\r\n" + entity
                    + RDF_OPEN + "\r\n--B--\r\n";
            assertRefusedWithoutLeak("multipart/form-data; boundary=B", body.getBytes(StandardCharsets.UTF_8),
                    marker);
        }
    }
}
