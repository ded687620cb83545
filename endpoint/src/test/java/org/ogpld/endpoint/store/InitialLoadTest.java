package org.ogpld.endpoint.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogpld.endpoint.OgpldProperties;
import org.ogpld.endpoint.TestProperties;
import org.ogpld.endpoint.changes.ChangeRecorder;
import org.ogpld.model.publish.Publisher;
import org.springframework.util.unit.DataSize;

/** The start-up load never merges two sources into one graph, or two things into one IRI. */
class InitialLoadTest {

    private static final String BASE = "https://w3id.org/ogp-ld/";
    private static final String SMITH = "<" + BASE + "id/person/geoff-smith>";

    @TempDir
    Path temp;

    @Test
    void twoFilesOfOneNameThatWouldFillOneGraphStopTheStart() throws IOException {
        Path one = write(temp.resolve("a/data.ttl"), "<urn:a> <urn:b> 1 .");
        Path two = write(temp.resolve("b/data.ttl"), "<urn:a> <urn:b> 2 .");
        Dataset dataset = tdb2();

        assertThatThrownBy(() -> load(dataset, one, two)).isInstanceOf(StoreLoadException.class)
                .hasMessageContaining(two.toString()).hasMessageContaining(BASE + "graph/data")
                .hasMessageContaining("two sources, one graph");
    }

    @Test
    void oneIriWithTwoWikidataIdsStopsTheStartNamingBothSources() throws IOException {
        Path one = write(temp.resolve("one.ttl"), SMITH + " <http://www.w3.org/2002/07/owl#sameAs> "
                + "<http://www.wikidata.org/entity/Q1> .");
        Path two = write(temp.resolve("two.ttl"), SMITH + " <http://www.w3.org/2002/07/owl#sameAs> "
                + "<http://www.wikidata.org/entity/Q2> .");
        Dataset dataset = tdb2();

        assertThatThrownBy(() -> load(dataset, one, two)).isInstanceOf(StoreLoadException.class)
                .hasMessageContaining(two.toString()).hasMessageContaining(BASE + "graph/one")
                .hasMessageContaining("[Q1]").hasMessageContaining("[Q2]");
    }

    @Test
    void oneThingInTwoSourcesLoadsIntoTwoGraphs() throws IOException {
        String same = SMITH + " <http://www.w3.org/2002/07/owl#sameAs> <http://www.wikidata.org/entity/Q1> .";
        Path one = write(temp.resolve("one.ttl"), same);
        Path two = write(temp.resolve("two.ttl"), same);
        Dataset dataset = tdb2();

        load(dataset, one, two);

        assertThat(Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().size())).as("RDF files alone: no "
                + "vocabulary graph").isEqualTo(2);
    }

    @Test
    void anEntryMayNameItsGraphAndAPublicationsProvenanceMovesWithIt() throws IOException {
        Path rdf = write(temp.resolve("data.ttl"), "<urn:a> <urn:b> 1 .");
        Path seed = Path.of("..", "examples", "seed", "round-table-2017.yaml").toAbsolutePath();
        Dataset dataset = tdb2();
        String graph = "https://example.org/graph/press-release-2017-07";

        load(dataset, List.of("<https://example.org/graph/x>" + rdf, "<" + graph + ">" + seed));

        Txn.executeRead(dataset, () -> {
            List<String> graphs = new java.util.ArrayList<>();
            dataset.asDatasetGraph().listGraphNodes().forEachRemaining(g -> graphs.add(g.getURI()));
            assertThat(graphs).containsExactlyInAnyOrder("https://example.org/graph/x", graph,
                    VocabularyGraph.name(BASE));
            assertThat(dataset.asDatasetGraph().find(null, null, null, org.apache.jena.graph.NodeFactory.createURI(
                    BASE + "graph/ogp-dialogue-platform-round-table-2017")).hasNext()).isFalse();
            assertThat(dataset.getNamedModel(graph).containsResource(dataset.getNamedModel(graph)
                    .createResource(graph))).as("the graph's provenance").isTrue();
        });
    }

    private void load(Dataset dataset, Path... files) {
        load(dataset, java.util.Arrays.stream(files).map(Path::toString).toList());
    }

    private void load(Dataset dataset, List<String> entries) {
        OgpldProperties defaults = TestProperties.of(BASE, TestProperties.QUERY, TestProperties.UPDATE,
                TestProperties.NO_CREDENTIALS);
        OgpldProperties properties = new OgpldProperties(BASE, defaults.publicUrl(), defaults.store(), entries, defaults.query(),
                defaults.update(), defaults.security(), defaults.cors(),
                new OgpldProperties.Limits(DataSize.ofMegabytes(1)));
        StoreWrites writes = new StoreWrites(dataset, new StoreReopening(dataset),
                new ChangeRecorder(dataset, properties.base()), properties);
        new InitialLoad(dataset, writes, properties, List.of(new SourceLoader(Publisher.builder().base(BASE).build())))
                .afterPropertiesSet();
    }

    /** A TDB2 store in a fresh folder: loads go through the store's writes, which keep TDB2's change log. */
    private Dataset tdb2() throws IOException {
        return TDB2Factory.connectDataset(Files.createTempDirectory(temp, "store").toString());
    }

    private static Path write(Path file, String turtle) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, turtle + "\n", StandardCharsets.UTF_8);
    }
}
