package org.ogpld.endpoint.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogpld.endpoint.OgpldProperties;
import org.ogpld.endpoint.TestProperties;
import org.ogpld.endpoint.changes.ChangeRecorder;
import org.ogpld.endpoint.cli.Ogpld;
import org.ogpld.model.publish.Publisher;
import org.ogpld.vocab.PROV;
import org.springframework.util.unit.DataSize;

/**
 * The command line ({@code ogpld load}) and the server ({@code ogpld.load}, {@code serve --load}) read every input
 * through one pipeline: the same files land in the same graphs as the same statements, and the same bad file is
 * refused by both with the same problem.
 */
class OneWayInTest {

    private static final String BASE = "https://w3id.org/ogp-ld/";
    private static final Path SHARED = Path.of(System.getProperty("ogpld.shared", "../../shared"), "data");
    private static final Path POPOLO = SHARED.resolve("everypolitician-azerbaijan").resolve("ep-popolo-v1.0.json");
    private static final Path SEED = Path.of("..", "examples", "seed", "round-table-2017.yaml").toAbsolutePath();

    @TempDir
    Path temp;

    @Test
    void theCommandLineAndTheServerLoadPopoloGzippedQuadsAndAPublicationIntoTheSameGraphs() throws IOException {
        Path quads = gzip(temp.resolve("Extra Data.nq.gz"), "<urn:a> <urn:b> \"1\" .\n"
                + "<urn:a> <urn:b> \"2\" <https://example.org/graph/kept> .\n");
        List<String> files = List.of(POPOLO.toString(), quads.toString(), SEED.toString());
        Path store = temp.resolve("store");

        List<String> load = new java.util.ArrayList<>(List.of("load"));
        load.addAll(files);
        load.addAll(List.of("--store", store.toString()));
        assertThat(Ogpld.run(load.toArray(String[]::new))).isZero();
        Dataset served = servedStore();
        initialLoad(served, files);

        Model byCli = oracle(cliStore(store));
        Model byServer = oracle(Txn.calculateRead(served, () -> copy(served.asDatasetGraph())));
        assertThat(byServer.contexts()).hasSize(5).contains(
                org.eclipse.rdf4j.model.util.Values.iri(BASE + "graph/extra-data"),
                org.eclipse.rdf4j.model.util.Values.iri(BASE + "graph/vocabulary"),
                org.eclipse.rdf4j.model.util.Values.iri("https://example.org/graph/kept"))
                .anyMatch(g -> g.stringValue().matches(BASE + "graph/popolo-national-assembly-[0-9a-f]{8}-[0-9a-f]{8}"));
        assertThat(byServer.size()).isGreaterThan(5000);
        assertThat(Models.isomorphic(byCli, byServer)).isTrue();
    }

    @Test
    void aBadImportIsRefusedByBothWithTheSameProblem() throws IOException {
        Path popolo = Files.writeString(temp.resolve("bad.json"), "{\"persons\": [{\"id\": \"p1\", \"name\": \"A\"}],"
                + " \"memberships\": [{\"person_id\": \"p2\", \"organization_id\": \"o1\"}]}");
        Path store = temp.resolve("store");

        assertThatThrownBy(() -> initialLoad(servedStore(), List.of(popolo.toString())))
                .isInstanceOf(StoreLoadException.class).satisfies(refused -> {
                    String problem = refused.getMessage().lines().findFirst().orElseThrow();
                    assertThat(problem).startsWith(popolo + ":").contains("p2");
                    ByteArrayOutputStream err = new ByteArrayOutputStream();
                    PrintStream original = System.err;
                    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
                    try {
                        assertThat(Ogpld.run("load", popolo.toString(), "--store", store.toString())).isEqualTo(1);
                    } finally {
                        System.setErr(original);
                    }
                    assertThat(err.toString(StandardCharsets.UTF_8)).contains("error: " + problem);
                });
        assertThat(store).doesNotExist();
    }

    private static void initialLoad(Dataset dataset, List<String> entries) {
        OgpldProperties defaults = TestProperties.of(BASE, TestProperties.QUERY, TestProperties.UPDATE,
                TestProperties.NO_CREDENTIALS);
        OgpldProperties properties = new OgpldProperties(BASE, defaults.publicUrl(), defaults.store(), entries,
                defaults.query(), defaults.update(), defaults.security(), defaults.cors(),
                new OgpldProperties.Limits(DataSize.ofMegabytes(1)));
        StoreWrites writes = new StoreWrites(dataset, new StoreReopening(dataset),
                new ChangeRecorder(dataset, properties.base()), properties);
        new InitialLoad(dataset, writes, properties, List.of(new SourceLoader(Publisher.builder().base(BASE).build())))
                .afterPropertiesSet();
    }

    /** A TDB2 store for the server's initial load, which writes through the store's writes (and change log). */
    private Dataset servedStore() throws IOException {
        return TDB2Factory.connectDataset(Files.createTempDirectory(temp, "served").toString());
    }

    private static DatasetGraph cliStore(Path store) {
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(store.toString());
        try {
            return Txn.calculateRead(tdb, () -> copy(tdb));
        } finally {
            TDBInternal.expel(tdb);
        }
    }

    /** The quads, without the time each graph was generated: the two loads ran a moment apart. */
    private static DatasetGraph copy(DatasetGraph dataset) {
        DatasetGraph copy = DatasetGraphFactory.createTxnMem();
        // Named graphs only: TDB2's own default graph holds the served store's change log.
        dataset.find().forEachRemaining(q -> {
            if (!q.isDefaultGraph() && !q.getPredicate().equals(PROV.generatedAtTime.asNode())) {
                copy.add(q);
            }
        });
        return copy;
    }

    /** The quads as RDF4J reads them. */
    private static Model oracle(DatasetGraph dataset) throws IOException {
        ByteArrayOutputStream nquads = new ByteArrayOutputStream();
        RDFDataMgr.write(nquads, dataset, Lang.NQUADS);
        return Rio.parse(new ByteArrayInputStream(nquads.toByteArray()), "",
                org.eclipse.rdf4j.rio.RDFFormat.NQUADS);
    }

    private static Path gzip(Path file, String content) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }
}
