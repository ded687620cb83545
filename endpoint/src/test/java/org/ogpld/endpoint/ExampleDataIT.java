package org.ogpld.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.QueryResults;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sparql.SPARQLRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The example data as README's run command serves it: the seed publication from the jar and the real OGP commitments
 * spreadsheet from {@code ../shared/data}, loaded into an empty store and asked through RDF4J's SPARQL client.
 */
@ExampleDataServer
class ExampleDataIT {

    private static final String PREFIXES = """
            PREFIX cv: <http://data.europa.eu/m8g/>
            PREFIX ogp: <https://w3id.org/ogp-ld/ns#>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX schema: <https://schema.org/>
            """;

    @LocalServerPort
    int port;

    private SPARQLRepository repository;


    @BeforeEach
    void connect() {
        repository = new SPARQLRepository("http://localhost:" + port + "/ogp/sparql");
        repository.init();
    }

    @AfterEach
    void disconnect() {
        repository.shutDown();
    }

    @Test
    void theSeedRoundTableIsServedWithItsCountsAndSpeakers() {
        assertThat(value("SELECT ?n WHERE { ?e a cv:PublicEvent ; ogp:participantCount ?n }")).isEqualTo("59");
        assertThat(value("""
                SELECT (COUNT(DISTINCT ?speaker) AS ?n) WHERE { ?e a cv:PublicEvent ; schema:subEvent/schema:performer ?speaker }"""))
                .isEqualTo("5");
        assertThat(value("SELECT ?name WHERE { ?p foaf:name ?name FILTER(STRSTARTS(?name, 'Əli')) }"))
                .isEqualTo("Əliməmməd Nuriyev");
    }

    @Test
    void everyCommitmentOfTheSpreadsheetIsServedInTheUnionDefaultGraph() {
        assertThat(value("SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c a ogp:Commitment }")).isEqualTo("558");
        assertThat(value("SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m a ogp:OgpMember ; ogp:region ?region }"))
                .isEqualTo("75");
    }

    @Test
    void eachSourceDocumentHasItsOwnNamedGraph() {
        assertThat(value("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")).isEqualTo("2");
    }

    private String value(String select) {
        try (RepositoryConnection connection = repository.getConnection()) {
            BindingSet row = QueryResults.asList(connection.prepareTupleQuery(PREFIXES + select).evaluate()).get(0);
            return row.getValue(row.getBindingNames().iterator().next()).stringValue();
        }
    }
}
