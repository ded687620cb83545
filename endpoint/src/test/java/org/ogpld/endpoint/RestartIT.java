package org.ogpld.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/** A TDB2 store on disk keeps what updates and graph store writes put there across restarts. */
class RestartIT {

    private static final String TOKEN = "restart-token";

    @TempDir
    Path folder;

    private ConfigurableApplicationContext start(String... extra) {
        String[] args = new String[] {"--server.port=0", "--ogpld.store.location=" + folder.resolve("store"),
            "--ogpld.security.token=" + TOKEN};
        String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.Arrays.stream(extra))
                .toArray(String[]::new);
        return OgpldApplication.start(all);
    }

    private static long count(Http http, String query) {
        return Long.parseLong(http.query(query, "text/csv").body().lines().skip(1).findFirst().orElseThrow().trim());
    }

    private static Http http(ConfigurableApplicationContext context) {
        return new Http(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")));
    }

    @Test
    void dataWrittenByUpdateAndGraphStoreSurvivesARestart() {
        try (ConfigurableApplicationContext first = start()) {
            Http http = http(first);
            assertThat(http.update("INSERT DATA { GRAPH <urn:u> { <urn:a> <urn:b> \"by update\" } }", "Bearer " + TOKEN)
                    .statusCode()).isEqualTo(204);
            assertThat(http.send(http.request("/ogp/data?graph=urn:gsp").header("Authorization", "Bearer " + TOKEN)
                    .header("Content-Type", "text/turtle")
                    .PUT(HttpRequest.BodyPublishers.ofString("<urn:c> <urn:d> \"by gsp\" ."))).statusCode())
                    .isEqualTo(201);
        }
        try (ConfigurableApplicationContext second = start()) {
            String answer = http(second).query("ASK { GRAPH <urn:u> { <urn:a> <urn:b> \"by update\" } "
                    + "GRAPH <urn:gsp> { <urn:c> <urn:d> \"by gsp\" } }", "application/sparql-results+json").body();
            assertThat(answer).contains("true");
        }
    }

    @Test
    void aBadFileStopsTheStartAndLoadsNothing() throws Exception {
        Path good = Files.writeString(folder.resolve("good.ttl"), "<urn:a> <urn:b> 1 .");
        Path bad = Files.writeString(folder.resolve("bad.ttl"),
                "<urn:c> <urn:d> 2 .\n<urn:e> <urn:f> .\n");
        assertThatThrownBy(() -> start("--ogpld.load=" + good + "," + bad))
                .hasRootCauseInstanceOf(org.apache.jena.riot.RiotParseException.class)
                .satisfies(ex -> assertThat(causes(ex))
                        .anyMatch(m -> m.startsWith(bad + ":2:17: ")));
        try (ConfigurableApplicationContext after = start()) {
            assertThat(count(http(after), "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }")).isZero();
        }
    }

    @Test
    void aStoreStartedUnderAnotherBaseThanItsDataStopsTheStartNamingBoth() {
        try (ConfigurableApplicationContext first = start("--ogpld.base=https://w3id.org/ogp-ld/")) {
            assertThat(first.isActive()).isTrue();
        }
        assertThatThrownBy(() -> start("--ogpld.base=http://localhost:3030/"))
                .hasRootCauseInstanceOf(org.ogpld.endpoint.store.StoreBaseException.class)
                .satisfies(ex -> assertThat(causes(ex)).anyMatch(m -> m.contains("holds data under the base "
                        + "https://w3id.org/ogp-ld/") && m.contains("not under ogpld.base http://localhost:3030/")));
        try (ConfigurableApplicationContext again = start("--ogpld.public-url=http://mirror.example.org/")) {
            assertThat(again.isActive()).as("the same base from another public URL").isTrue();
        }
    }

    private static List<String> causes(Throwable failure) {
        List<String> messages = new ArrayList<>();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            messages.add(String.valueOf(t.getMessage()));
        }
        return messages;
    }

    @Test
    void initialLoadFillsAnEmptyStoreOnceIntoTheFilesGraph() throws Exception {
        String fixture = Path.of(RestartIT.class.getResource("/org/ogpld/endpoint/roundtable.ttl").toURI()).toString();
        String query = "SELECT (COUNT(*) AS ?n) { GRAPH <http://data.example/graph/roundtable> { ?s ?p ?o } }";
        try (ConfigurableApplicationContext first = start("--ogpld.load=" + fixture,
                "--ogpld.base=http://data.example/")) {
            assertThat(count(http(first), query)).isEqualTo(9);
            http(first).update("INSERT DATA { GRAPH <http://data.example/graph/roundtable> { <urn:x> <urn:y> 1 } }",
                    "Bearer " + TOKEN);
        }
        try (ConfigurableApplicationContext second = start("--ogpld.load=" + fixture,
                "--ogpld.base=http://data.example/")) {
            assertThat(count(http(second), query)).isEqualTo(10);
        }
    }
}
