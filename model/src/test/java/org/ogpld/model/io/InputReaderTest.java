package org.ogpld.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogpld.model.Fixtures;
import org.ogpld.model.InvalidPublicationException;
import org.ogpld.model.Problem;
import org.ogpld.model.Slugs;
import org.ogpld.model.publish.Publisher;
import org.ogpld.vocab.PROV;

/** One way in: any source is told by its name, opened (gzipped or not), named and validated by one rule. */
class InputReaderTest {

    private static final String BASE = "https://data.example.org/";
    private static final Publisher PUBLISHER = Publisher.builder().base(BASE).build();

    @TempDir
    Path temp;

    private final InputReader reader = new InputReader(PUBLISHER);

    @Test
    void aFileNamesItsGraphByOneRuleWithoutDirectoryCompressionOrExtension() {
        assertThat(Slugs.ofFileName("data/Press Release 2017.ttl")).isEqualTo("press-release-2017");
        assertThat(Slugs.ofFileName("Əliməmməd Nuriyev.trig")).isEqualTo("alimammad-nuriyev");
        assertThat(Slugs.ofFileName("classpath:x/Ülviyyə Həmzəyeva.nt")).isEqualTo("ulviyya-hamzayeva");
        assertThat(Slugs.ofFileName("dump.v2.nq.gz")).isEqualTo("dump-v2");
        assertThat(Slugs.ofFileName("DUMP.NQ.GZ")).isEqualTo("dump");
        assertThat(Slugs.ofFileName("README")).isEqualTo("readme");
    }

    @Test
    void theKindIsToldByTheNameAndJsonByItsFirstKey() throws IOException {
        assertThat(kind("a.yaml", "x: 1")).isEqualTo(InputKind.AUTHORING);
        assertThat(kind("a.csv", "")).isEqualTo(InputKind.SHEET);
        assertThat(kind("a.json", "{\"persons\": []}")).isEqualTo(InputKind.POPOLO);
        assertThat(kind("a.json", "{\"publication\": {}}")).isEqualTo(InputKind.AUTHORING);
        assertThat(kind("a.nq.gz", "")).isEqualTo(InputKind.RDF);
        assertThatThrownBy(() -> kind("notes.docx", "")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(temp.resolve("notes.docx") + ": unknown kind of file");
    }

    @Test
    void gzippedRdfIsDecompressedAndItsTriplesGoToTheGraphOfItsName() throws IOException {
        Path file = temp.resolve("Dump v2.nq.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write("<urn:a> <urn:b> \"1\" .\n<urn:c> <urn:d> \"2\" <urn:g> .\n".getBytes(StandardCharsets.UTF_8));
        }

        Input input = reader.read(InputSource.of(file));
        DatasetGraph dataset = input.toDataset(PUBLISHER, Optional.empty());

        assertThat(input.graphName(PUBLISHER.iris())).isEqualTo(BASE + "graph/dump-v2");
        assertThat(dataset.getGraph(NodeFactory.createURI(BASE + "graph/dump-v2")).size()).isEqualTo(1);
        assertThat(dataset.getGraph(NodeFactory.createURI("urn:g")).size()).isEqualTo(1);
        assertThat(input.toDataset(PUBLISHER, Optional.of("urn:x")).getGraph(NodeFactory.createURI("urn:x")).size())
                .as("a graph given takes the triples, quads keep theirs").isEqualTo(1);
    }

    @Test
    void aPublicationIsValidatedAndMovesToAGraphGivenWithItsProvenance() throws IOException {
        Path yaml = Files.writeString(temp.resolve("round-table.yaml"), Fixtures.roundTableYaml());
        Input input = reader.read(InputSource.of(yaml));

        DatasetGraph own = input.toDataset(PUBLISHER, Optional.empty());
        DatasetGraph moved = input.toDataset(PUBLISHER, Optional.of("urn:graph:x"));

        assertThat(own.getGraph(input.graph(PUBLISHER.iris(), Optional.empty())).size()).isGreaterThan(50);
        assertThat(moved.getGraph(NodeFactory.createURI("urn:graph:x")).contains(NodeFactory.createURI(
                "urn:graph:x"), PROV.generatedAtTime.asNode(), null)).isTrue();
        assertThat(moved.size()).isEqualTo(1);
    }

    @Test
    void problemsNameTheFileLineAndColumnInOneFormat() throws IOException {
        Path ttl = Files.writeString(temp.resolve("broken.ttl"), "<urn:a> <urn:b> 1 .\n<urn:a> <urn:b> .\n");
        Input input = reader.read(InputSource.of(ttl));

        assertThatThrownBy(() -> input.toDataset(PUBLISHER, Optional.empty())).isInstanceOf(RiotParseException.class)
                .satisfies(e -> assertThat(InputErrors.lines(ttl.toString(), (Exception) e)).singleElement()
                        .asString().startsWith(ttl + ":2:17: "));
        assertThat(InputErrors.lines("a.yaml", new InvalidPublicationException(java.util.List.of(
                Problem.at("events.x", "bad"))))).containsExactly("a.yaml: events.x: bad");
    }

    private InputKind kind(String name, String content) throws IOException {
        return InputKind.of(InputSource.of(Files.writeString(temp.resolve(name), content)));
    }
}
