package org.ogpld.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.HttpLoader;
import com.apicatalog.rdf.nquads.NQuadsWriter;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.riot.RDFDataMgr;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.QueryResults;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.query.UpdateExecutionException;
import org.eclipse.rdf4j.repository.sparql.SPARQLRepository;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The endpoint through independent clients: RDF4J's SPARQLRepository and Jena's remote RDFConnection. */
@CredentialedServer
class ClientsIT {

    private static final String FIXTURE = "/org/ogpld/endpoint/roundtable.ttl";
    private static final String EVENT = "https://w3id.org/ogp-ld/id/event/round-table-2017";
    private static final String PREFIXES = "PREFIX schema: <https://schema.org/>\n";

    @LocalServerPort
    int port;

    private SPARQLRepository repository;

    @BeforeEach
    void openRepository() {
        repository = new SPARQLRepository(url("/ogp/sparql"), url("/ogp/update"));
        repository.setUsernameAndPassword("alice", "s3cr:et");
        repository.init();
        try (RepositoryConnection connection = repository.getConnection()) {
            connection.prepareUpdate("DROP ALL").execute();
        }
    }

    @AfterEach
    void closeRepository() {
        repository.shutDown();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void rdf4jRunsUpdateWithBasicAuthThenSelectAskAndConstruct() {
        try (RepositoryConnection connection = repository.getConnection()) {
            connection.prepareUpdate(PREFIXES + "INSERT DATA { GRAPH <http://example.org/g> { <" + EVENT
                    + "> schema:name \"Dəyirmi masa\"@az , \"Round table\"@en } }").execute();

            List<String> names = new ArrayList<>();
            try (TupleQueryResult result = connection.prepareTupleQuery(PREFIXES
                    + "SELECT ?name WHERE { <" + EVENT + "> schema:name ?name } ORDER BY ?name").evaluate()) {
                result.forEach((BindingSet row) -> names.add(row.getValue("name").stringValue()));
            }
            assertThat(names).containsExactly("Dəyirmi masa", "Round table");

            assertThat(connection.prepareBooleanQuery(PREFIXES + "ASK { GRAPH <http://example.org/g> { <" + EVENT
                    + "> schema:name \"Round table\"@en } }").evaluate()).isTrue();

            org.eclipse.rdf4j.model.Model constructed = QueryResults.asModel(connection.prepareGraphQuery(PREFIXES
                    + "CONSTRUCT { ?s schema:name ?n } WHERE { ?s schema:name ?n }").evaluate());
            assertThat(constructed).hasSize(2);
        }
    }

    @Test
    void rdf4jUpdateWithWrongPasswordIsRefused() {
        SPARQLRepository intruder = new SPARQLRepository(url("/ogp/sparql"), url("/ogp/update"));
        intruder.setUsernameAndPassword("alice", "wrong");
        intruder.init();
        try (RepositoryConnection connection = intruder.getConnection()) {
            assertThatThrownBy(() -> connection.prepareUpdate("INSERT DATA { <urn:a> <urn:b> <urn:c> }").execute())
                    .isInstanceOf(UpdateExecutionException.class);
        } finally {
            intruder.shutDown();
        }
        try (RepositoryConnection connection = repository.getConnection()) {
            assertThat(connection.prepareBooleanQuery("ASK { <urn:a> ?p ?o }").evaluate()).isFalse();
        }
    }

    @Test
    void jenaGraphStorePutThenGetRoundTripsIsomorphically() throws IOException {
        String graph = "http://example.org/graph/roundtable";
        Model upload = RDFDataMgr.loadModel(ClientsIT.class.getResource(FIXTURE).toString());
        try (RDFConnection connection = jena()) {
            connection.put(graph, upload);
            assertThat(connection.fetch(graph).size()).isEqualTo(upload.size());
        }
        HttpResponse<String> fetched = new Http(port).send(new Http(port)
                .request("/ogp/get?graph=" + Http.encode(graph)).header("Accept", "text/turtle").GET());
        assertThat(fetched.statusCode()).isEqualTo(200);
        org.eclipse.rdf4j.model.Model actual = Rio.parse(new StringReader(fetched.body()), graph, RDFFormat.TURTLE);
        assertThat(Models.isomorphic(actual, expectedFixture())).isTrue();
    }

    @Test
    void jsonLdIsCompactedWithTheContextThisServerServesAndKeepsTheGraph() throws Exception {
        String graph = "http://example.org/graph/jsonld";
        try (RDFConnection connection = jena()) {
            connection.put(graph, RDFDataMgr.loadModel(ClientsIT.class.getResource(FIXTURE).toString()));
        }
        Http http = new Http(port);
        String jsonld = http.send(http.request("/ogp/get?graph=" + Http.encode(graph))
                .header("Accept", "application/ld+json").GET()).body();
        assertThat(JsonMapper.builder().build().readTree(jsonld).get("@context").asString())
                .isEqualTo("http://localhost:" + port + "/ns/context.jsonld");
        StringWriter nquads = new StringWriter();
        // Titanium's own HTTP loader: the context resolves where the document names it, on this server.
        JsonLd.toRdf(JsonDocument.of(new StringReader(jsonld))).loader(HttpLoader.defaultInstance())
                .provide(new NQuadsWriter(nquads));
        org.eclipse.rdf4j.model.Model actual = Rio.parse(new StringReader(nquads.toString()), "", RDFFormat.NQUADS);
        assertThat(Models.isomorphic(actual, expectedFixture())).isTrue();

        // What the server wrote goes back in as it is: the context it names (its own copy) resolves locally.
        String copy = graph + "-copy";
        String basic = "Basic " + java.util.Base64.getEncoder()
                .encodeToString("alice:s3cr:et".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(http.send(http.request("/ogp/data?graph=" + Http.encode(copy)).header("Authorization", basic)
                .header("Content-Type", "application/ld+json").PUT(HttpRequest.BodyPublishers.ofString(jsonld)))
                .statusCode()).isEqualTo(201);
        try (RDFConnection connection = jena()) {
            assertThat(connection.fetch(copy).isIsomorphicWith(connection.fetch(graph))).isTrue();
        }
    }

    @Test
    void jenaQueriesTheUnionDefaultGraph() {
        try (RDFConnection connection = jena()) {
            connection.update(PREFIXES + "INSERT DATA { GRAPH <http://example.org/a> { <urn:x> schema:name \"A\" } "
                    + "GRAPH <http://example.org/b> { <urn:y> schema:name \"B\" } }");
            List<String> names = new ArrayList<>();
            connection.querySelect(PREFIXES + "SELECT ?n { ?s schema:name ?n } ORDER BY ?n",
                    (QuerySolution row) -> names.add(row.getLiteral("n").getString()));
            assertThat(names).containsExactly("A", "B");
        }
    }

    private RDFConnection jena() {
        HttpClient client = HttpClient.newBuilder().authenticator(new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication("alice", "s3cr:et".toCharArray());
            }
        }).build();
        return RDFConnectionRemote.newBuilder().destination(url("/ogp")).queryEndpoint("sparql")
                .updateEndpoint("update").gspEndpoint("data").httpClient(client).build();
    }

    private static org.eclipse.rdf4j.model.Model expectedFixture() throws IOException {
        try (InputStream in = ClientsIT.class.getResourceAsStream(FIXTURE)) {
            return Rio.parse(in, "", RDFFormat.TURTLE);
        }
    }
}
