package org.ogpld.endpoint.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogpld.endpoint.TestProperties;

class RdfFileLoaderTest {

    @TempDir
    Path folder;

    private final RdfFileLoader loader = new RdfFileLoader(TestProperties.of("http://data.example",
            TestProperties.QUERY, TestProperties.UPDATE, TestProperties.NO_CREDENTIALS));

    @Test
    void triplesGoIntoTheGraphNamedAfterTheFile() throws Exception {
        Path file = Files.writeString(folder.resolve("Mətbuat Xəbəri.ttl"), "<urn:a> <urn:b> 1 .");
        DatasetGraph target = DatasetGraphFactory.create();
        loader.load(LoadSource.of(file.toString()), target);
        assertThat(target.getGraph(NodeFactory.createURI("http://data.example/graph/matbuat-xabari")).size())
                .isEqualTo(1);
    }

    @Test
    void quadsKeepTheirGraphsAndDefaultGraphTriplesGoToTheFileGraph() throws Exception {
        Path file = Files.writeString(folder.resolve("mixed.trig"),
                "<urn:a> <urn:b> 1 . <urn:g> { <urn:c> <urn:d> 2 }");
        DatasetGraph target = DatasetGraphFactory.create();
        loader.load(LoadSource.of(file.toString()), target);
        assertThat(target.getGraph(NodeFactory.createURI("urn:g")).size()).isEqualTo(1);
        assertThat(target.getGraph(NodeFactory.createURI("http://data.example/graph/mixed")).size()).isEqualTo(1);
        assertThat(target.getDefaultGraph().isEmpty()).isTrue();
    }

    @Test
    void aSyntaxErrorNamesTheFileAndTheLine() throws Exception {
        Path file = Files.writeString(folder.resolve("broken.ttl"), "<urn:a> <urn:b> 1 .\n<urn:a> <urn:b> .\n");
        assertThatThrownBy(() -> loader.load(LoadSource.of(file.toString()), DatasetGraphFactory.create()))
                .isInstanceOf(StoreLoadException.class).hasMessageContaining("broken.ttl")
                .hasMessageContaining("line: 2");
    }

    @Test
    void supportsFilesRiotKnows() {
        assertThat(loader.supports(LoadSource.of("a.ttl"))).isTrue();
        assertThat(loader.supports(LoadSource.of("a.nq.gz"))).isTrue();
        assertThat(loader.supports(LoadSource.of("classpath:a.yaml"))).isFalse();
    }
}
