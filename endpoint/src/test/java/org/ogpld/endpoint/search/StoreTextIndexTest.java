package org.ogpld.endpoint.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogpld.endpoint.TestProperties;
import org.ogpld.endpoint.ld.DataIris;
import org.ogpld.model.Id;

/** The text index follows the store's transactions, finds names however they are spelled, and can be rebuilt. */
class StoreTextIndexTest {

    private static final String BASE = "https://w3id.org/ogp-ld/";
    private static final Node GRAPH = NodeFactory.createURI(BASE + "graph/g");
    private static final Node KAMAL = NodeFactory.createURI(BASE + "id/person/kamal-cafarov");
    private static final Node MINISTRY = NodeFactory.createURI(BASE + "id/organisation/ukr-ministry-of-justice");
    private static final Node NAME = NodeFactory.createURI("http://xmlns.com/foaf/0.1/name");
    private static final Node SCHEMA_NAME = NodeFactory.createURI("https://schema.org/name");

    @TempDir
    Path folder;

    private Dataset dataset;
    private StoreTextIndex text;
    private TextSearch search;

    @BeforeEach
    void open() {
        start();
    }

    @AfterEach
    void close() {
        stop();
    }

    @Test
    void aCommittedWriteIsFoundHoweverTheNameIsSpelled() {
        write(() -> {
            text.writeView().add(GRAPH, KAMAL, NAME, NodeFactory.createLiteralLang("Kamal Cəfərov", "az"));
            text.writeView().add(GRAPH, MINISTRY, SCHEMA_NAME, NodeFactory.createLiteralLang("Ministry of Justice",
                    "en"));
        });

        for (String spelling : List.of("Cafarov", "cafarov", "Cəfərov", "CƏFƏROV", "Kamal Jafarov", "kamal")) {
            assertThat(found(spelling)).as(spelling).containsExactly("kamal-cafarov");
        }
        assertThat(found("ministry justice")).containsExactly("ukr-ministry-of-justice");
        assertThat(found("Kamal Əliyev")).as("every word must match").isEmpty();
        assertThat(search.find("Cafarov", Optional.of("organisation"), 1).ids()).isEmpty();
    }

    @Test
    void anAbortedWriteLeavesNothingFindable() {
        dataset.begin(TxnType.WRITE);
        text.writeView().add(GRAPH, KAMAL, NAME, NodeFactory.createLiteralString("Kamal Cəfərov"));
        dataset.abort();
        dataset.end();

        assertThat(found("Cafarov")).isEmpty();
        assertThat(Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().isEmpty())).isTrue();
    }

    @Test
    void deletedAndClearedStatementsAreNoLongerFound() {
        write(() -> text.writeView().add(GRAPH, KAMAL, NAME, NodeFactory.createLiteralString("Kamal Cəfərov")));
        write(() -> text.writeView().deleteAny(GRAPH, Node.ANY, Node.ANY, Node.ANY));
        assertThat(found("Cafarov")).isEmpty();

        write(() -> text.writeView().add(GRAPH, KAMAL, NAME, NodeFactory.createLiteralString("Kamal Cəfərov")));
        write(() -> text.writeView().clear());
        assertThat(found("Cafarov")).isEmpty();
    }

    @Test
    void updatesThroughTheIndexSeeTheUnionDefaultGraphAndSparqlHasTextQuery() {
        write(() -> text.writeView().add(GRAPH, KAMAL, NAME, NodeFactory.createLiteralString("Kamal Cəfərov")));
        write(() -> UpdateExec.dataset(text.writeView()).update("""
                INSERT { GRAPH <urn:g2> { ?p <http://xmlns.com/foaf/0.1/nick> "Kamal Jafarov" } }
                WHERE { ?p <http://xmlns.com/foaf/0.1/name> ?n }""").execute());

        assertThat(Txn.calculateRead(dataset, () -> dataset.asDatasetGraph()
                .contains(NodeFactory.createURI("urn:g2"), KAMAL, Node.ANY, Node.ANY))).isTrue();
        List<String> subjects = Txn.calculateRead(dataset, () -> {
            RowSet rows = QueryExec.dataset(dataset.asDatasetGraph()).query("""
                    PREFIX text: <http://jena.apache.org/text#>
                    SELECT ?s { ?s text:query "jafarov" }""").select();
            return rows.stream().map(b -> b.get("s").getURI()).toList();
        });
        assertThat(subjects).containsExactly(KAMAL.getURI());
    }

    @Test
    void anIndexLeftBehindByACutWriteOrABulkLoadIsRebuiltAtTheNextStart() throws Exception {
        write(() -> text.writeView().add(GRAPH, KAMAL, NAME, NodeFactory.createLiteralString("Kamal Cəfərov")));
        // A write past the index (as the bulk loader makes), then the marker a cut commit or the loader leaves.
        write(() -> dataset.asDatasetGraph().add(GRAPH, MINISTRY, SCHEMA_NAME,
                NodeFactory.createLiteralString("Ministry of Justice")));
        assertThat(found("justice")).isEmpty();
        stop();
        TextIndexes.markStale(folder);

        start();

        assertThat(found("justice")).containsExactly("ukr-ministry-of-justice");
        assertThat(found("Cafarov")).containsExactly("kamal-cafarov");
        assertThat(Files.exists(folder.resolve(TextIndexes.STALE_MARKER))).isFalse();
    }

    private List<String> found(String text) {
        return search.find(text, Optional.empty(), 1).ids().stream().map(Id::slug).toList();
    }

    private void write(Runnable action) {
        Txn.executeWrite(dataset, action);
    }

    private void start() {
        dataset = TDB2Factory.connectDataset(folder.toString());
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        text = new StoreTextIndex(dataset);
        search = new TextSearch(text, new DataIris(TestProperties.of(BASE, TestProperties.QUERY,
                TestProperties.UPDATE, TestProperties.NO_CREDENTIALS)), new SearchProperties(20, 10_000));
    }

    private void stop() {
        text.destroy();
        TDBInternal.expel(dataset.asDatasetGraph());
    }
}
