package org.ogpld.endpoint.sparql;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.update.UpdateFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ogpld.endpoint.EndpointException;

/** Queries and updates reach the store's own default graph (the change log) in no form. */
class StorageGraphGuardTest {

    @ParameterizedTest
    @ValueSource(strings = {"SELECT * { GRAPH <urn:x-arq:DefaultGraph> { ?s ?p ?o } }",
        "PREFIX a: <urn:x-arq:> SELECT * { GRAPH a:DefaultGraph { ?s ?p ?o } }",
        "SELECT * FROM <urn:x-arq:DefaultGraph> { ?s ?p ?o }",
        "SELECT * { GRAPH <urn:x-arq:DefaultGraphNode> { ?s ?p ?o } }",
        "SELECT * { ?x <urn:p> 1 . GRAPH ?g { ?s ?p ?o } FILTER (?g = <urn:x-arq:DefaultGraph>) }",
        "PREFIX a: <urn:x-arq:> SELECT * { GRAPH ?g { ?s ?p ?o } FILTER (sameTerm(?g, a:DefaultGraph)) }"})
    void refusesQueriesNamingTheStoragesDefaultGraph(String query) {
        assertThatThrownBy(() -> StorageGraphGuard.checkQuery(QueryFactory.create(query), List.of(), List.of()))
                .isInstanceOf(EndpointException.class).hasMessageContaining("urn:x-arq:DefaultGraph");
    }

    @Test
    void refusesTheProtocolsDatasetNamingIt() {
        assertThatThrownBy(() -> StorageGraphGuard.checkQuery(QueryFactory.create("SELECT * { ?s ?p ?o }"),
                List.of("urn:x-arq:DefaultGraph"), List.of())).isInstanceOf(EndpointException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"INSERT DATA { GRAPH <urn:x-arq:DefaultGraph> { <urn:s> <urn:p> 1 } }",
        "PREFIX a: <urn:x-arq:> DELETE WHERE { GRAPH a:DefaultGraph { ?s ?p ?o } }",
        "INSERT { GRAPH <urn:g> { ?s ?p ?o } } WHERE { GRAPH ?g { ?s ?p ?o } FILTER (?g = <urn:x-arq:DefaultGraph>) }",
        "INSERT { GRAPH <urn:g> { ?s ?p ?o } } USING <urn:x-arq:DefaultGraph> WHERE { ?s ?p ?o }"})
    void refusesUpdatesNamingIt(String update) {
        assertThatThrownBy(() -> StorageGraphGuard.checkUpdate(UpdateFactory.create(update)))
                .isInstanceOf(EndpointException.class);
    }

    @Test
    void letsOrdinaryQueriesAndUpdatesThrough() {
        assertThatCode(() -> StorageGraphGuard.checkQuery(QueryFactory.create(
                "SELECT * { GRAPH ?g { ?s ?p \"urn:x-arq:DefaultGraph\" } }"), List.of(), List.of()))
                .doesNotThrowAnyException();
        assertThatCode(() -> StorageGraphGuard.checkUpdate(UpdateFactory.create(
                "INSERT DATA { <urn:s> <urn:p> 1 } ; DELETE WHERE { ?s <urn:p> ?o }"))).doesNotThrowAnyException();
    }
}
