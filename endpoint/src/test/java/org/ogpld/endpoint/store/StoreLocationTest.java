package org.ogpld.endpoint.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogpld.endpoint.OgpldProperties;
import org.ogpld.endpoint.TestProperties;

class StoreLocationTest {

    private static final OgpldProperties.Store IN_MEMORY = new OgpldProperties.Store(Path.of("unused"), true);
    private static final Quad QUAD = Quad.create(NodeFactory.createURI("urn:g"), NodeFactory.createURI("urn:s"),
            NodeFactory.createURI("urn:p"), NodeFactory.createLiteralString("o"));

    private static StoreConfiguration.OpenStore open(OgpldProperties.Store store) {
        return open(store, new StoreCacheProperties(10_000, 10_000));
    }

    private static StoreConfiguration.OpenStore open(OgpldProperties.Store store, StoreCacheProperties cache) {
        return new StoreConfiguration().openStore(TestProperties.of(store), new LiveReorder(), cache);
    }

    @Test
    void anInMemoryStoreIsTdb2InAScratchFolderNotJenasMemoryStorageAndIsRemovedOnClose() {
        StoreConfiguration.OpenStore store = open(IN_MEMORY);
        Dataset dataset = store.dataset();
        Txn.executeWrite(dataset, () -> dataset.asDatasetGraph().add(QUAD));

        Path folder = store.location().folder();
        assertThat(store.location().scratch()).isTrue();
        assertThat(folder).startsWith(Path.of(System.getProperty("java.io.tmpdir")));
        assertThat(TDBInternal.getDatasetGraphTDB(dataset).getLocation().isMem()).isFalse();
        assertThat(TDBInternal.getDatasetGraphTDB(dataset).getLocation().getDirectoryPath())
                .startsWith(folder.toString());
        store.close();
        assertThat(folder).doesNotExist();
    }

    @Test
    void twoInMemoryStoresNeverShareAFolder() {
        StoreLocation first = StoreLocation.of(IN_MEMORY);
        StoreLocation second = StoreLocation.of(IN_MEMORY);
        try {
            assertThat(first.folder()).isNotEqualTo(second.folder());
        } finally {
            first.removeScratch();
            second.removeScratch();
        }
    }

    @Test
    void aConfiguredFolderKeepsItsDataWhenTheStoreIsClosed(@TempDir Path temp) {
        OgpldProperties.Store configured = new OgpldProperties.Store(temp.resolve("db"), false);
        StoreConfiguration.OpenStore first = open(configured);
        Txn.executeWrite(first.dataset(), () -> first.dataset().asDatasetGraph().add(QUAD));
        first.close();

        StoreConfiguration.OpenStore reopened = open(configured);
        try {
            assertThat(reopened.location().scratch()).isFalse();
            assertThat(Txn.calculateRead(reopened.dataset(), () -> reopened.dataset().asDatasetGraph().contains(QUAD)))
                    .isTrue();
        } finally {
            reopened.close();
        }
        assertThat(Files.isDirectory(temp.resolve("db"))).isTrue();
    }

    @Test
    void theNodeCachesAreBoundedAsConfiguredAlsoOnAStoreMadeBefore(@TempDir Path temp) {
        OgpldProperties.Store configured = new OgpldProperties.Store(temp.resolve("db"), false);
        StoreConfiguration.OpenStore first = open(configured);
        Txn.executeWrite(first.dataset(), () -> first.dataset().asDatasetGraph().add(QUAD));
        first.close();

        StoreConfiguration.OpenStore reopened = open(configured, new StoreCacheProperties(1_234, 567));
        try {
            StoreParams params = TDBInternal.getDatasetGraphTDB(reopened.dataset()).getStoreParams();
            assertThat(params.getNodeId2NodeCacheSize()).isEqualTo(1_234);
            assertThat(params.getNode2NodeIdCacheSize()).isEqualTo(567);
            assertThat(Txn.calculateRead(reopened.dataset(), () -> reopened.dataset().asDatasetGraph().contains(QUAD)))
                    .isTrue();
        } finally {
            reopened.close();
        }
    }

    @Test
    void aConfiguredFolderThatIsAFileIsRefusedNamingIt(@TempDir Path temp) throws IOException {
        Path file = Files.writeString(temp.resolve("not-a-folder"), "x");

        assertThatThrownBy(() -> open(new OgpldProperties.Store(file, false)))
                .isInstanceOf(StoreFolderException.class).hasMessageContaining(file.toString());
        assertThat(file).hasContent("x");
    }
}
