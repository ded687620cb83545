package org.ogpld.model.jsonld;

import static org.assertj.core.api.Assertions.assertThat;

import com.apicatalog.jsonld.JsonLdOptions.RdfDirection;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ogpld.model.Iris;
import org.ogpld.model.imports.ogp.OgpCommitmentsImporter;
import org.ogpld.model.imports.popolo.PopoloImporter;
import org.ogpld.model.jsonld.AdversarialGraphs.Case;
import org.ogpld.model.jsonld.JsonLdWriter.Layout;
import org.ogpld.model.publish.Publisher;
import org.ogpld.model.publish.RdfFormat;
import org.ogpld.testkit.Rdf4jOracle;
import org.ogpld.vocab.Vocab;

/**
 * Differential test of every JSON-LD writer the project has (our {@link JsonLdWriter} in each layout, and Jena's
 * JSON-LD 1.1 writer, which the catalogue and the vocabulary use): each generated graph is written, expanded to RDF
 * by three independent processors (jsonld.js in safe mode, Titanium, RDF4J's parser) and compared with the graph by
 * isomorphism. The number of random graphs is {@code -Dogpld.jsonld.cases} (the {@code long-tests} profile raises
 * it), their seed {@code -Dogpld.jsonld.seed}; the default build checks a tenth of the commitments sheet, the whole
 * sheet with {@code -Dogpld.jsonld.whole-sheet=true} (also in that profile).
 */
class JsonLdDifferentialTest {

    private static final int CASES = Integer.getInteger("ogpld.jsonld.cases", 300);
    private static final boolean WHOLE_SHEET = Boolean.getBoolean("ogpld.jsonld.whole-sheet");
    private static final long SEED = Long.getLong("ogpld.jsonld.seed", 20261203L);
    private static final Path SHARED = Path.of(System.getProperty("ogpld.shared", "../../shared"), "data");
    private static final Path REPORT = Path.of("target", "jsonld-differential");

    /** One JSON-LD writer under test. */
    private enum Writer {
        OURS_FLAT, OURS_EMBEDDED, JENA_JSONLD11;

        byte[] write(Graph graph) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            switch (this) {
                case OURS_FLAT -> JsonLdWriter.write(graph, Layout.FLAT, out);
                case OURS_EMBEDDED -> JsonLdWriter.write(graph, Layout.EMBEDDED, out);
                case JENA_JSONLD11 -> {
                    Model model = ModelFactory.createDefaultModel().add(ModelFactory.createModelForGraph(graph));
                    model.setNsPrefixes(JsonLdPrefixes.readingAsThemselves(graph, Vocab.prefixes()));
                    RDFDataMgr.write(out, model, RDFFormat.JSONLD11);
                }
            }
            return out.toByteArray();
        }
    }

    /** Graphs checked, graphs that differ and milliseconds spent, per writer and processor. */
    private static final Map<String, long[]> TALLY = new LinkedHashMap<>();
    private static final Map<Writer, Long> WRITING = new LinkedHashMap<>();
    private static final List<String> DIFFERENCES = new ArrayList<>();
    private static JsonLdJs jsonldJs;
    private static List<Case> realGraphs;

    @BeforeAll
    static void startJsonLdJs() throws IOException {
        jsonldJs = JsonLdJs.start(Expansions.ogp());
    }

    @AfterAll
    static void stopJsonLdJs() throws Exception {
        jsonldJs.close();
    }

    @Test
    void everyProcessorReadsEveryWrittenGraphAsTheGraph() throws Exception {
        List<Case> cases = cases();
        for (Case c : cases) {
            check(c);
        }
        StringBuilder report = new StringBuilder("JSON-LD differential test: " + cases.size()
                + " graphs (" + CASES + " random, seed " + SEED + ")\n");
        TALLY.forEach((key, n) -> report.append(String.format("  %-32s %5d checked, %d differ (%d ms)%n",
                key, n[0], n[1], n[2])));
        WRITING.forEach((writer, ms) -> report.append(String.format("  %-32s %d ms writing%n", writer, ms)));
        System.out.print(report);
        assertThat(DIFFERENCES).as(report + "differences (documents in " + REPORT.toAbsolutePath() + ")")
                .isEmpty();
        assertThat(TALLY.values()).allSatisfy(n -> assertThat(n[0]).isEqualTo((long) cases.size()));
    }

    /**
     * Framed JSON-LD (Titanium frames with the vocabulary's frame for one kind) holds the resources of that kind and
     * what they embed, so it states a part of the graph: each processor reads only statements the graph has, and
     * some for each kind the graph holds.
     */
    @Test
    void framedOutputStatesOnlyStatementsOfTheGraph() throws Exception {
        Publisher publisher = Publisher.builder().build();
        int documents = 0;
        for (Case c : realGraphs()) {
            var source = Expansions.normalised(Rdf4jOracle.of(ModelFactory.createModelForGraph(c.graph())));
            for (String kind : Vocab.FRAME_KINDS) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                publisher.writeRdf(ModelFactory.createModelForGraph(c.graph()), "http://localhost:3030/graph/g",
                        RdfFormat.JSONLD, Optional.of(kind), out);
                byte[] document = out.toByteArray();
                JsonLdJs.Result js = jsonldJs.toNQuads(document);
                assertThat(js.error()).as(c.name() + ", " + kind).isNull();
                Map<String, org.eclipse.rdf4j.model.Model> read = Map.of("jsonld.js", Expansions.nquads(js.nquads()),
                        "Titanium", Expansions.ogp().titanium(document), "RDF4J", Expansions.ogp().rdf4j(document));
                read.forEach((processor, model) -> assertThat(Expansions.normalised(model).stream()
                        .filter(st -> !st.getSubject().isBNode() && !st.getObject().isBNode()))
                        .as(c.name() + ", " + kind + ", " + processor).allMatch(source::contains));
                documents++;
            }
        }
        System.out.println("Framed JSON-LD: " + documents + " documents, each read by 3 processors");
    }

    /**
     * A base direction (RDF 1.2 {@code "…"@az--rtl}) is written as JSON-LD's {@code @direction}, its own form for it:
     * processors told how to state directions in RDF 1.1 read the literal the i18n-datatype way; RDF4J 5.2 has no
     * directions, and jsonld.js in safe mode without an RDF direction mode rejects the document, as it should.
     */
    @Test
    void baseDirectionsAreWrittenAsDirectionForProcessorsToMap() throws Exception {
        Graph graph = GraphFactory.createDefaultGraph();
        Node subject = NodeFactory.createURI("http://example.org/id/event/e");
        graph.add(Triple.create(subject, NodeFactory.createURI("https://schema.org/name"),
                NodeFactory.createLiteralDirLang("Dəyirmi masa", "az", "rtl")));
        graph.add(Triple.create(subject, NodeFactory.createURI("https://schema.org/name"),
                NodeFactory.createLiteralLang("Round table", "en")));
        String i18n = "<http://example.org/id/event/e> <https://schema.org/name> "
                + "\"Dəyirmi masa\"^^<https://www.w3.org/ns/i18n#az_rtl> .\n"
                + "<http://example.org/id/event/e> <https://schema.org/name> \"Round table\"@en .\n";
        for (Layout layout : Layout.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            JsonLdWriter.write(graph, layout, out);

            JsonLdJs.Result js = jsonldJs.toNQuads(out.toByteArray(), "i18n-datatype");
            var titanium = Expansions.ogp().titanium(out.toByteArray(), RdfDirection.I18N_DATATYPE);

            assertThat(Rdf4jOracle.isomorphic(Expansions.nquads(js.nquads()), Expansions.nquads(i18n))).isTrue();
            assertThat(Rdf4jOracle.isomorphic(titanium, Expansions.nquads(i18n))).isTrue();
            assertThat(jsonldJs.toNQuads(out.toByteArray()).error()).contains("rdfDirection not set");
        }
    }

    private static List<Case> cases() throws IOException {
        AdversarialGraphs graphs = new AdversarialGraphs();
        List<Case> cases = new ArrayList<>(graphs.everyValueUnderEveryTerm());
        cases.addAll(graphs.misreadIris());
        cases.add(new Case("awkward-values.ttl", turtle(JsonLdWriterTest.class.getResourceAsStream(
                "awkward-values.ttl"))));
        cases.add(new Case("the ogp: ontology", Vocab.ontology().getGraph()));
        cases.add(new Case("the code lists", Vocab.codeLists().getGraph()));
        cases.add(new Case("the SHACL shapes", Vocab.shapesGraph()));
        cases.addAll(realGraphs());
        for (int i = 0; i < CASES; i++) {
            cases.add(graphs.random(SEED + i));
        }
        return cases;
    }

    /** The seed, the Popolo import and the sheet import (a tenth of it unless told otherwise). */
    private static List<Case> realGraphs() throws IOException {
        if (realGraphs != null) {
            return realGraphs;
        }
        List<Case> cases = new ArrayList<>();
        try (InputStream seed = Files.newInputStream(Path.of("..", "examples", "seed", "round-table-2017.ttl"))) {
            cases.add(new Case("examples/seed/round-table-2017.ttl", turtle(seed)));
        }
        Iris iris = Iris.defaults();
        cases.add(new Case("EveryPolitician Azerbaijan (Popolo import)", PopoloImporter.builder().build()
                .read(SHARED.resolve("everypolitician-azerbaijan").resolve("ep-popolo-v1.0.json"))
                .toModel(iris).getGraph()));
        Graph sheet = OgpCommitmentsImporter.strict()
                .read(SHARED.resolve("ogp-commitments").resolve("open_parliament_0703.csv")).toModel(iris).getGraph();
        cases.add(WHOLE_SHEET ? new Case("OGP commitments sheet import", sheet)
                : new Case("OGP commitments sheet import, every tenth subject", everyTenthSubject(sheet)));
        realGraphs = List.copyOf(cases);
        return realGraphs;
    }

    /** A tenth of the sheet's 67,000 statements, each kind of resource still there: it checks in seconds. */
    private static Graph everyTenthSubject(Graph graph) {
        List<Node> subjects = new ArrayList<>(graph.find().mapWith(Triple::getSubject).toSet());
        subjects.sort(Comparator.comparing(Node::toString));
        Graph sample = GraphFactory.createDefaultGraph();
        for (int i = 0; i < subjects.size(); i += 10) {
            graph.find(subjects.get(i), Node.ANY, Node.ANY).forEachRemaining(sample::add);
        }
        return sample;
    }

    private static Graph turtle(InputStream in) {
        Model model = ModelFactory.createDefaultModel();
        RDFDataMgr.read(model, in, Lang.TURTLE);
        return model.getGraph();
    }

    private static void check(Case c) throws Exception {
        var expected = Expansions.normalised(Rdf4jOracle.of(ModelFactory.createModelForGraph(c.graph())));
        for (Writer writer : Writer.values()) {
            long start = System.nanoTime();
            byte[] document = writer.write(c.graph());
            WRITING.merge(writer, (System.nanoTime() - start) / 1_000_000, Long::sum);
            compare(c, writer, "jsonld.js", document, expected, () -> {
                JsonLdJs.Result js = jsonldJs.toNQuads(document);
                if (js.error() != null) {
                    throw new IllegalStateException(js.error());
                }
                return Expansions.nquads(js.nquads());
            });
            compare(c, writer, "Titanium", document, expected, () -> Expansions.ogp().titanium(document));
            compare(c, writer, "RDF4J", document, expected, () -> Expansions.ogp().rdf4j(document));
        }
    }

    private interface Expansion {
        org.eclipse.rdf4j.model.Model get() throws Exception;
    }

    private static void compare(Case c, Writer writer, String processor, byte[] document,
            org.eclipse.rdf4j.model.Model expected, Expansion expansion) throws IOException {
        long[] tally = TALLY.computeIfAbsent(writer + " / " + processor, k -> new long[3]);
        tally[0]++;
        long start = System.nanoTime();
        String problem;
        try {
            var actual = Expansions.normalised(expansion.get());
            problem = Rdf4jOracle.isomorphic(actual, expected) ? null : "not isomorphic: " + actual.size()
                    + " statements, expected " + expected.size();
        } catch (Exception | StackOverflowError e) {
            problem = e.toString();
        }
        tally[2] += (System.nanoTime() - start) / 1_000_000;
        if (problem != null) {
            tally[1]++;
            Files.createDirectories(REPORT);
            String file = "case-" + DIFFERENCES.size() + ".jsonld";
            Files.write(REPORT.resolve(file), document);
            DIFFERENCES.add(c.name() + " / " + writer + " / " + processor + " (" + file + "): " + problem);
        }
    }
}
