package org.ogpld.endpoint.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreBaseTest {

    private static final String CANONICAL = "https://w3id.org/ogp-ld/";
    private static final String LOCAL = "http://localhost:3030/";

    @TempDir
    Path folder;

    @Test
    void anEmptyStoreRecordsTheBaseItIsFirstOpenedUnder() {
        StoreBase.check(folder, DatasetGraphFactory.createTxnMem(), CANONICAL);

        assertThat(folder.resolve(StoreBase.FILE)).content().contains("base=https\\://w3id.org/ogp-ld/");
        StoreBase.check(folder, DatasetGraphFactory.createTxnMem(), CANONICAL);
    }

    @Test
    void openingUnderAnotherBaseThanTheRecordedOneIsRefusedNamingBoth() {
        StoreBase.check(folder, DatasetGraphFactory.createTxnMem(), CANONICAL);

        assertThatThrownBy(() -> StoreBase.check(folder, DatasetGraphFactory.createTxnMem(), LOCAL))
                .isInstanceOf(StoreBaseException.class)
                .hasMessageContaining(CANONICAL).hasMessageContaining("not under ogpld.base " + LOCAL)
                .hasMessageContaining(folder.resolve(StoreBase.FILE).toString());
    }

    @Test
    void anUnrecordedStoreWhoseGraphsAreNamedUnderAnotherBaseIsRefused() {
        DatasetGraph legacy = withGraph(LOCAL + "graph/round-table-2017");

        assertThatThrownBy(() -> StoreBase.check(folder, legacy, CANONICAL))
                .isInstanceOf(StoreBaseException.class).hasMessageContaining("the base " + LOCAL);
        assertThat(folder.resolve(StoreBase.FILE)).doesNotExist();
    }

    @Test
    void anUnrecordedStoreWithGraphsUnderTheBaseOrForeignGraphsIsAdopted() {
        StoreBase.check(folder, withGraph(CANONICAL + "graph/seed"), CANONICAL);
        assertThat(StoreBase.recordedIn(folder)).contains(CANONICAL);

        Path other = folder.resolve("other");
        other.toFile().mkdirs();
        StoreBase.check(other, withGraph("http://example.org/g"), CANONICAL);
        assertThat(StoreBase.recordedIn(other)).contains(CANONICAL);
    }

    @Test
    void theCommandLineLoadRefusesAnotherBaseAndRecordsOnlyWhenAsked() {
        StoreBase.require(folder, LOCAL, false);
        assertThat(StoreBase.recordedIn(folder)).isEmpty();
        StoreBase.require(folder, LOCAL, true);
        assertThat(StoreBase.recordedIn(folder)).contains(LOCAL);

        assertThatThrownBy(() -> StoreBase.require(folder, CANONICAL, true)).isInstanceOf(StoreBaseException.class);
    }

    private static DatasetGraph withGraph(String graph) {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        dataset.add(new Quad(NodeFactory.createURI(graph), NodeFactory.createURI("urn:s"),
                NodeFactory.createURI("urn:p"), NodeFactory.createURI("urn:o")));
        return dataset;
    }
}
