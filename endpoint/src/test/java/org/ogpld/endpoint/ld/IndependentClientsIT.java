package org.ogpld.endpoint.ld;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ogpld.endpoint.Http;
import org.ogpld.endpoint.OgpldApplication;
import org.ogpld.endpoint.OgpldProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The clients researchers and aggregators run, against the live server holding the seed under the canonical base:
 * Comunica (querying the SPARQL endpoint, and following {@code /id/...} IRIs as Linked Data) answers as the store
 * does; jsonld.js with its default document loader, in safe mode, reads {@code /id}, {@code /doc} and harvest
 * documents (fetching the context they name from this server) to the same triples RDF4J reads from the Turtle; and
 * SELECT answers a text table for {@code text/plain} as Fuseki does.
 */
@SpringBootTest(classes = OgpldApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ogpld.store.in-memory=true",
            "ogpld.load=classpath:org/ogpld/examples/seed/round-table-2017.yaml"})
class IndependentClientsIT {

    private static final String BASE = OgpldProperties.CANONICAL_BASE;
    private static final String EVENT = BASE + "id/event/ogp-dialogue-platform-round-table-2017";
    private static final String SPEAKERS = """
            PREFIX schema: <https://schema.org/>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            SELECT DISTINCT ?talk ?person ?name WHERE {
              <%s> schema:subEvent ?talk . ?talk schema:performer ?person . ?person foaf:name ?name }
            """.formatted(EVENT);

    @LocalServerPort
    int port;

    @Autowired
    Dataset dataset;

    private LdClient client;

    @BeforeEach
    void clientsInstalled() {
        client = new LdClient(port);
    }

    @Test
    void comunicaOverTheSparqlEndpointAndOverLinkedDataAnswersAsTheStore() {
        Assumptions.assumeTrue(NodeClient.installed(), "endpoint/clients/node_modules (npm ci by the build)");
        Set<Map<String, String>> store = storeAnswers(SPEAKERS);
        assertThat(store).hasSizeGreaterThanOrEqualTo(5);

        JsonNode overSparql = comunica(List.of("--sparql", client.server() + "/ogp/sparql"));
        JsonNode traversed = comunica(List.of("--follow", "1", "--map", BASE + "=" + client.server() + "/",
                client.server() + "/id/event/ogp-dialogue-platform-round-table-2017"));

        assertThat(rows(overSparql)).isEqualTo(store);
        assertThat(rows(traversed)).isEqualTo(store);
        assertThat(traversed.get("sources").asInt()).as("documents Comunica dereferenced").isGreaterThan(5);
    }

    @Test
    void comunicaReadsAJsonLdDocumentAsAFileSourceFetchingItsContextFromThisServer() {
        Assumptions.assumeTrue(NodeClient.installed(), "endpoint/clients/node_modules (npm ci by the build)");
        String talks = """
                PREFIX schema: <https://schema.org/>
                SELECT DISTINCT ?talk ?person WHERE { <%s> schema:subEvent ?talk . ?talk schema:performer ?person }
                """.formatted(EVENT);
        Set<Map<String, String>> store = storeAnswers(talks);

        JsonNode answer = JsonMapper.builder().build().readTree(NodeClient.run("comunica-select.mjs", List.of(talks,
                client.server() + "/doc/event/ogp-dialogue-platform-round-table-2017.jsonld")));

        assertThat(store).isNotEmpty();
        assertThat(rows(answer)).isEqualTo(store);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/id/event/ogp-dialogue-platform-round-table-2017",
        "/doc/event/ogp-dialogue-platform-round-table-2017", "/doc/event/ogp-dialogue-platform-round-table-2017.jsonld",
        "/id/person/alimammad-nuriyev-ogp-dialogue-platform-round-table-2017"})
    void jsonldJsWithItsDefaultLoaderReadsDescriptionsAsRdf4jReadsTheirTurtle(String path) {
        Assumptions.assumeTrue(NodeClient.installed(), "endpoint/clients/node_modules (npm ci by the build)");
        String doc = path.replace("/id/", "/doc/").replace(".jsonld", "");

        Model expanded = nquads(NodeClient.run("jsonld-nquads.mjs", List.of(client.server() + path)));

        Model turtle = client.rdf(doc, RDFFormat.TURTLE);
        assertThat(expanded).isNotEmpty();
        assertThat(Models.isomorphic(expanded, turtle)).as("jsonld.js reading %s", path).isTrue();
    }

    @Test
    void jsonldJsReadsEveryHarvestPageAsRdf4jDoes() {
        Assumptions.assumeTrue(NodeClient.installed(), "endpoint/clients/node_modules (npm ci by the build)");
        String page = client.server() + "/harvest?size=20";
        int pages = 0;
        while (page != null) {
            Model expanded = nquads(NodeClient.run("jsonld-nquads.mjs", List.of(page)));
            byte[] body = client.get(page, "Accept", "application/ld+json").body();
            Model rdf4j = client.parse(body, RDFFormat.JSONLD, page);
            assertThat(Models.isomorphic(expanded, rdf4j)).as(page).isTrue();
            JsonNode view = JsonMapper.builder().build().readTree(body).get("@graph").get(0).get("view");
            page = view.has("next") ? view.get("next").asString() : null;
            pages++;
        }
        assertThat(pages).isGreaterThan(1);
    }

    @Test
    void plainTextAndFormatTextAnswerSelectWithJenasTextTable() {
        Http http = new Http(port);
        String query = "PREFIX foaf: <http://xmlns.com/foaf/0.1/> SELECT ?name WHERE { ?p foaf:name ?name } "
                + "ORDER BY ?name";
        String json = http.send(http.request("/ogp/sparql?query=" + Http.encode(query))
                .header("Accept", "application/sparql-results+json")).body();
        String expected = ResultSetFormatter.asText(ResultSetFactory.fromJSON(
                new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));

        var byAccept = http.send(http.request("/ogp/sparql?query=" + Http.encode(query))
                .header("Accept", "text/plain"));
        var byFormat = http.send(http.request("/ogp/query?format=text&query=" + Http.encode(query)));

        for (var response : List.of(byAccept, byFormat)) {
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
            assertThat(response.body()).isEqualTo(expected).contains("| name").contains("=====");
        }
    }

    private JsonNode comunica(List<String> sources) {
        List<String> args = new ArrayList<>(List.of(SPEAKERS));
        args.addAll(sources);
        return JsonMapper.builder().build().readTree(NodeClient.run("comunica-select.mjs", args));
    }

    private static Set<Map<String, String>> rows(JsonNode answer) {
        Set<Map<String, String>> rows = new HashSet<>();
        answer.get("rows").forEach(row -> {
            Map<String, String> values = new LinkedHashMap<>();
            row.properties().forEach(e -> values.put(e.getKey(), e.getValue().asString()));
            rows.add(values);
        });
        return rows;
    }

    /** The query's answers over the store itself, each term written as the Comunica script writes it. */
    private Set<Map<String, String>> storeAnswers(String query) {
        return Txn.calculateRead(dataset, () -> {
            Set<Map<String, String>> rows = new HashSet<>();
            try (QueryExecution execution = QueryExecution.dataset(dataset).query(query).build()) {
                ResultSet results = execution.execSelect();
                while (results.hasNext()) {
                    QuerySolution solution = results.next();
                    Map<String, String> row = new LinkedHashMap<>();
                    solution.varNames().forEachRemaining(name -> row.put(name, term(solution.get(name))));
                    rows.add(row);
                }
            }
            return rows;
        });
    }

    private static String term(RDFNode node) {
        if (node.isURIResource()) {
            return "<" + node.asResource().getURI() + ">";
        }
        var literal = node.asLiteral();
        String quoted = "\"" + literal.getLexicalForm().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        return literal.getLanguage().isEmpty() ? quoted + "^^<" + literal.getDatatypeURI() + ">"
                : quoted + "@" + literal.getLanguage();
    }

    private static Model nquads(String text) {
        try {
            return Rio.parse(new StringReader(text), "", RDFFormat.NQUADS);
        } catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }
}
