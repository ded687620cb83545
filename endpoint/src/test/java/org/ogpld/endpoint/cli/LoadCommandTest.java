package org.ogpld.endpoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogpld.endpoint.changes.ChangeLog;
import org.ogpld.endpoint.changes.FeedPages;
import org.ogpld.endpoint.changes.FeedReplay;

/** {@code ogpld load} into a new or an existing TDB2 store: everything, or nothing. */
class LoadCommandTest {

    @TempDir
    Path temp;

    @Test
    void loadsRdfAndPopoloIntoTheirGraphsWithOneLineWhenPiped() throws IOException {
        Path ttl = temp.resolve("extra.ttl");
        Files.writeString(ttl, "<http://example.org/a> <http://example.org/b> \"c\" .\n", StandardCharsets.UTF_8);
        Path store = temp.resolve("store");

        Cli result = Cli.run("load", ttl.toString(), Cli.POPOLO.toString(), "--store", store.toString(),
                "--base", "https://data.example.org/");

        assertThat(result.code()).as(result.err()).isEqualTo(ExitCodes.OK);
        // 1 extra triple, the Popolo graph, and the vocabulary graph that comes with mapped data.
        assertThat(result.err()).matches("Loaded 7,854 statements from 2 file\\(s\\) into " + java.util.regex.Pattern.quote(
                store.toString()) + " in [0-9.]+ s\\R");
        assertThat(result.stdout()).isEmpty();
        Map<String, Long> graphs = graphSizes(store);
        assertThat(graphs).hasSize(3).containsKey("https://data.example.org/graph/extra")
                .containsKey("https://data.example.org/graph/vocabulary");
        assertThat(graphs.get("https://data.example.org/graph/extra")).isEqualTo(1);
        String popolo = graphs.keySet().stream().filter(g -> !g.endsWith("/extra") && !g.endsWith("/vocabulary"))
                .findFirst().orElseThrow();
        assertThat(popolo).as("named by its legislature and content, not its file name")
                .matches("https://data.example.org/graph/popolo-national-assembly-[0-9a-f]{8}-[0-9a-f]{8}");
        assertThat(graphs.get(popolo)).isGreaterThan(5000);
    }

    @Test
    void aBrokenFileLeavesTheStoreAsItWas() throws IOException {
        Path good = temp.resolve("good.nt");
        Files.writeString(good, "<http://example.org/a> <http://example.org/b> \"c\" .\n", StandardCharsets.UTF_8);
        Path store = temp.resolve("store");
        assertThat(Cli.run("load", good.toString(), "--store", store.toString()).code()).isEqualTo(ExitCodes.OK);
        Path more = temp.resolve("more.nt");
        Files.writeString(more, "<http://example.org/x> <http://example.org/y> \"z\" .\n", StandardCharsets.UTF_8);
        Path broken = temp.resolve("broken.ttl");
        Files.writeString(broken, "<http://example.org/a> <http://example.org/b> \"unclosed .\n",
                StandardCharsets.UTF_8);

        Cli result = Cli.run("load", more.toString(), broken.toString(), "--store", store.toString());

        assertThat(result.code()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(result.err()).contains("broken.ttl");
        assertThat(graphSizes(store)).containsExactly(Map.entry("https://w3id.org/ogp-ld/graph/good", 1L));
    }

    /** A new store is built aside by several loader threads; a file broken at its end leaves no store folder. */
    @Test
    void aBrokenFileLeavesNoNewStoreBehind() throws IOException {
        Path many = temp.resolve("many.nt");
        Files.writeString(many, IntStream.range(0, 50_000)
                .mapToObj(i -> "<http://example.org/s" + i + "> <http://example.org/p> \"Bakı " + i + "\" .\n")
                .collect(Collectors.joining()), StandardCharsets.UTF_8);
        Path broken = temp.resolve("broken.nt");
        Files.writeString(broken, "<http://example.org/a> <http://example.org/b> \"unclosed .\n",
                StandardCharsets.UTF_8);
        Path missing = temp.resolve("store");
        Path empty = Files.createDirectory(temp.resolve("empty"));

        Cli intoMissing = Cli.run("load", many.toString(), broken.toString(), "--store", missing.toString());
        Cli intoEmpty = Cli.run("load", many.toString(), broken.toString(), "--store", empty.toString());

        assertThat(intoMissing.code()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(intoMissing.err()).contains("error: " + broken + ":2:1: ").doesNotContain("\tat ");
        assertThat(missing).doesNotExist();
        assertThat(intoEmpty.code()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(empty).isEmptyDirectory();
        assertThat(Cli.run("load", many.toString(), "--store", empty.toString()).code()).isEqualTo(ExitCodes.OK);
        assertThat(graphSizes(empty)).containsExactly(Map.entry("https://w3id.org/ogp-ld/graph/many", 50_000L));
    }

    @Test
    void whatAKilledLoadLeftIsClearedByTheNextLoad() throws IOException {
        Path store = temp.resolve("store");
        Files.writeString(Files.createDirectories(store.resolve("loading/Data-0001")).resolve("nodes.dat"), "partial");
        Path good = temp.resolve("good.nt");
        Files.writeString(good, "<http://example.org/a> <http://example.org/b> \"ə\" .\n", StandardCharsets.UTF_8);

        assertThat(Cli.run("load", good.toString(), "--store", store.toString()).code()).isEqualTo(ExitCodes.OK);

        assertThat(store.resolve("loading")).doesNotExist();
        assertThat(graphSizes(store)).containsExactly(Map.entry("https://w3id.org/ogp-ld/graph/good", 1L));
    }

    @Test
    void anInvalidPublicationIsRefusedBeforeTheStoreIsTouched() throws IOException {
        Path yaml = temp.resolve("round-table.yaml");
        try (InputStream in = getClass().getResourceAsStream("/org/ogpld/endpoint/cli/round-table.yaml")) {
            Files.writeString(yaml, new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("speaker: cafarov", "speaker: cafarof"), StandardCharsets.UTF_8);
        }
        Path store = temp.resolve("store");

        Cli result = Cli.run("load", yaml.toString(), "--store", store.toString());

        assertThat(result.code()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(result.err()).contains("cafarof");
        assertThat(store).doesNotExist();
    }

    @Test
    void twoDifferentFilesNamedEpPopoloGoToTwoGraphs() throws IOException {
        Path estonia = popolo(temp.resolve("estonia"), "Riigikogu", "Mart Tamm");
        Path zimbabwe = popolo(temp.resolve("zimbabwe"), "National Assembly", "Tendai Moyo");
        Path store = temp.resolve("store");

        Cli result = Cli.run("load", estonia.toString(), zimbabwe.toString(), "--store", store.toString());

        assertThat(result.code()).as(result.err()).isEqualTo(ExitCodes.OK);
        assertThat(graphSizes(store).keySet()).filteredOn(g -> g.contains("/graph/popolo-")).hasSize(2);
    }

    @Test
    void aSecondDifferentSourceForAGraphIsRefusedAndTheSameSourceAgainChangesNothing() throws IOException {
        Path store = temp.resolve("store");
        Path first = popolo(temp.resolve("one"), "Riigikogu", "Mart Tamm");
        assertThat(Cli.run("load", first.toString(), "--store", store.toString()).code()).isEqualTo(ExitCodes.OK);
        Map<String, Long> before = graphSizes(store);
        Path other = popolo(temp.resolve("two"), "Saeima", "Anna Ozola");
        String graph = before.keySet().iterator().next();

        Cli again = Cli.run("load", first.toString(), "--store", store.toString());
        Cli refused = Cli.run("load", other.toString(), "--store", store.toString(), "--graph", graph);

        assertThat(again.code()).as(again.err()).isEqualTo(ExitCodes.OK);
        assertThat(refused.code()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(refused.err()).contains(graph, "already holds", "another source", "--graph");
        assertThat(graphSizes(store)).isEqualTo(before);
    }

    @Test
    void aLoadIntoAStoreHoldingDataIsOneLogEntryWhoseFeedPageGivesAFollowerTheLoadedGraph() throws IOException {
        Path store = temp.resolve("store");
        Path first = temp.resolve("first.nt");
        Files.writeString(first, "<http://example.org/a> <http://example.org/b> \"c\" .\n", StandardCharsets.UTF_8);
        assertThat(Cli.run("load", first.toString(), "--store", store.toString()).code()).isEqualTo(ExitCodes.OK);
        Path second = temp.resolve("second.ttl");
        Files.writeString(second, "<https://w3id.org/ogp-ld/id/person/x> <http://example.org/name> \"X\" ;"
                + " <http://example.org/part> [ <http://example.org/v> 1 ] .\n", StandardCharsets.UTF_8);

        assertThat(Cli.run("load", second.toString(), "--store", store.toString()).code()).isEqualTo(ExitCodes.OK);

        Dataset dataset = TDB2Factory.connectDataset(store.toString());
        try {
            DatasetGraph follower = DatasetGraphFactory.createTxnMem();
            Txn.executeRead(dataset, () -> {
                DatasetGraph log = dataset.asDatasetGraph();
                assertThat(ChangeLog.head(log).last()).isEqualTo(1);
                assertThat(ChangeLog.entry(log, 1).orElseThrow().patch()).contains("person/x");
                DatasetGraph page = new FeedPages(log, null, "http://localhost/feed", 250).page(0).orElseThrow()
                        .content();
                Txn.executeWrite(follower, () -> FeedReplay.apply(page, follower));
            });
            Node graph = NodeFactory.createURI("https://w3id.org/ogp-ld/graph/second");
            assertThat(Models.isomorphic(model(Txn.calculateRead(follower, () -> follower.getGraph(graph).find()
                    .toList())), model(Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().getGraph(graph)
                    .find().toList())))).isTrue();
        } finally {
            TDBInternal.expel(dataset.asDatasetGraph());
        }
    }

    private static org.eclipse.rdf4j.model.Model model(java.util.List<Triple> triples) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        RDFDataMgr.writeTriples(out, triples.iterator());
        try {
            return Rio.parse(new java.io.ByteArrayInputStream(out.toByteArray()), "", RDFFormat.NTRIPLES);
        } catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    @Test
    void aResourceThatWouldMergeWithADifferentThingIsRefusedOrSplit() throws IOException {
        Path store = temp.resolve("store");
        Path one = person(temp.resolve("one.yaml"), "one", "Q1");
        Path two = person(temp.resolve("two.yaml"), "two", "Q2");
        assertThat(Cli.run("load", one.toString(), "--store", store.toString()).code()).isEqualTo(ExitCodes.OK);

        Cli refused = Cli.run("load", two.toString(), "--store", store.toString());
        Cli split = Cli.run("load", two.toString(), "--store", store.toString(), "--on-conflict", "split");

        assertThat(refused.code()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(refused.err()).contains("id/person/geoff-smith", "two.yaml", "[Q2]", "[Q1]", "graph/one",
                "--on-conflict split");
        assertThat(split.code()).as(split.err()).isEqualTo(ExitCodes.OK);
        assertThat(graphSizes(store)).containsKeys("https://w3id.org/ogp-ld/graph/one",
                "https://w3id.org/ogp-ld/graph/two", "https://w3id.org/ogp-ld/graph/candidate-links")
                .containsEntry("https://w3id.org/ogp-ld/graph/candidate-links", 1L);
    }

    /** A Popolo file called ep-popolo-v1.0.json in {@code folder}, of one legislature and one person. */
    private static Path popolo(Path folder, String legislature, String person) throws IOException {
        Files.createDirectories(folder);
        return Files.writeString(folder.resolve("ep-popolo-v1.0.json"), """
                {"persons": [{"id": "p1", "name": "%s"}],
                 "organizations": [{"id": "leg", "name": "%s", "classification": "legislature"}],
                 "memberships": [{"person_id": "p1", "organization_id": "leg"}]}
                """.formatted(person, legislature), StandardCharsets.UTF_8);
    }

    /** An authored publication {@code slug} naming Geoff Smith, with the slug and Wikidata id given by hand. */
    private static Path person(Path file, String slug, String qid) throws IOException {
        return Files.writeString(file, """
                publication:
                  slug: %s
                  title: {en: Councillors}
                  source: list
                documents:
                  list: {kind: dataset, title: {en: List of councillors}}
                persons:
                  smith: {slug: geoff-smith, name: {en: Geoff Smith}, identifiers: {wikidata: %s}}
                """.formatted(slug, qid), StandardCharsets.UTF_8);
    }

    @Test
    void theStoreIsRequired() {
        assertThat(Cli.run("load", "x.ttl").code()).isEqualTo(ExitCodes.USAGE);
    }

    private static Map<String, Long> graphSizes(Path store) {
        Dataset dataset = TDB2Factory.connectDataset(store.toString());
        try {
            Map<String, Long> sizes = new HashMap<>();
            Txn.executeRead(dataset, () -> dataset.asDatasetGraph().find().forEachRemaining(
                    q -> sizes.merge(q.getGraph().getURI(), 1L, Long::sum)));
            return sizes;
        } finally {
            TDBInternal.expel(dataset.asDatasetGraph());
        }
    }
}
