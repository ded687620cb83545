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
import org.ogpld.model.publish.Publisher;

class SourceLoaderTest {

    @TempDir
    Path folder;

    private final SourceLoader loader = new SourceLoader(Publisher.builder().base("http://data.example/").build());

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
                .isInstanceOf(StoreLoadException.class).hasMessageStartingWith(file + ":2:17: ");
    }

    @Test
    void gzippedQuadsAreDecompressedAndNamedWithoutTheirExtensions() throws Exception {
        Path file = folder.resolve("Dump v2.nq.gz");
        try (java.io.OutputStream out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(file))) {
            out.write("<urn:a> <urn:b> \"1\" .\n<urn:c> <urn:d> \"2\" <urn:g> .\n".getBytes(
                    java.nio.charset.StandardCharsets.UTF_8));
        }
        DatasetGraph target = DatasetGraphFactory.create();
        loader.load(LoadSource.of(file.toString()), target);
        assertThat(target.getGraph(NodeFactory.createURI("http://data.example/graph/dump-v2")).size()).isEqualTo(1);
        assertThat(target.getGraph(NodeFactory.createURI("urn:g")).size()).isEqualTo(1);
    }

    @Test
    void supportsEveryKindThePipelineReads() {
        assertThat(loader.supports(LoadSource.of("a.ttl"))).isTrue();
        assertThat(loader.supports(LoadSource.of("a.nq.gz"))).isTrue();
        assertThat(loader.supports(LoadSource.of("classpath:a.yaml"))).isTrue();
        assertThat(loader.supports(LoadSource.of("sheet.csv"))).isTrue();
        assertThat(loader.supports(LoadSource.of("notes.txt"))).isFalse();
    }
}
