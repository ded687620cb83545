package org.ogpld.endpoint.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.ogpld.endpoint.OgpldApplication;
import org.ogpld.model.Iris;
import org.ogpld.model.imports.popolo.PopoloImporter;
import org.ogpld.model.jsonld.Expansions;
import org.ogpld.model.jsonld.JsonLdJs;
import org.ogpld.vocab.Vocab;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The JSON-LD this server writes, read by the processors clients run: a harvester walks every {@code /harvest} page
 * of a store holding the seed, the OGP commitments sheet and the EveryPolitician Popolo file, and jsonld.js (safe
 * mode), Titanium and RDF4J each expand every page; the items add up, for each processor, to exactly the triples of
 * {@code /dump/ogp.nq.gz} (harvest serves the union graph). The JSON-LD dump reads as the N-Quads dump, quad for
 * quad, and the catalogue, written by Jena's JSON-LD writer, as its Turtle.
 */
@SpringBootTest(classes = OgpldApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "ogpld.store.in-memory=true")
@Execution(ExecutionMode.CONCURRENT)
class HarvestProcessorsIT {

    private static final String HYDRA = "http://www.w3.org/ns/hydra/core#";
    private static final IRI NEXT = Values.iri(HYDRA, "next");
    private static final IRI VIEW = Values.iri(HYDRA, "view");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** Started by the first test, once the port (and so where this server answers the context) is known. */
    private static JsonLdJs jsonldJs;

    @LocalServerPort
    int port;

    /** The Popolo file goes in as the command line's {@code ogpld import popolo} makes it: N-Quads. */
    @DynamicPropertySource
    static void loadTheSeedTheSheetAndPopolo(DynamicPropertyRegistry registry) throws IOException {
        Path data = Path.of(System.getProperty("ogpld.shared"), "data");
        Path popolo = Files.createTempFile("ep-popolo", ".nq");
        popolo.toFile().deleteOnExit();
        try (OutputStream out = Files.newOutputStream(popolo)) {
            RDFDataMgr.write(out, PopoloImporter.builder().build().read(data.resolve("everypolitician-azerbaijan")
                    .resolve("ep-popolo-v1.0.json")).toDataset(Iris.defaults()), Lang.NQUADS);
        }
        registry.add("ogpld.load", () -> "classpath:org/ogpld/examples/seed/round-table-2017.yaml,"
                + data.resolve("ogp-commitments").resolve("open_parliament_0703.csv") + "," + popolo);
    }

    @AfterAll
    static void stopJsonLdJs() throws Exception {
        if (jsonldJs != null) {
            jsonldJs.close();
        }
    }

    @Test
    void everyProcessorExpandsTheHarvestWalkToExactlyTheDump() throws Exception {
        Expansions expansions = expansions();
        Map<String, Model> items = new LinkedHashMap<>();
        String collection = server() + "/harvest";
        String page = collection + "?size=500";
        int pages = 0;
        while (page != null) {
            byte[] document = get(page, "application/ld+json");
            Map<String, Model> read = expand(expansions, document);
            Model titanium = read.get("Titanium");
            Resource view = Models.objectResource(titanium.filter(Values.iri(collection), VIEW, null)).orElseThrow();
            String scope = "page" + pages + "-";
            read.forEach((processor, model) -> model.stream()
                    .filter(s -> !s.getSubject().equals(Values.iri(collection)) && !s.getSubject().equals(view))
                    .forEach(s -> items.computeIfAbsent(processor, p -> new LinkedHashModel()).add(
                            (Resource) scoped(s.getSubject(), scope), s.getPredicate(), scoped(s.getObject(), scope))));
            page = Models.objectIRI(titanium.filter(view, NEXT, null)).map(IRI::stringValue).orElse(null);
            pages++;
        }
        Model dump = triples(Rio.parse(new GZIPInputStream(new ByteArrayInputStream(get(server() + "/dump/ogp.nq.gz",
                "application/n-quads"))), RDFFormat.NQUADS));

        StringBuilder report = new StringBuilder("Harvest walk: " + pages + " pages; dump: " + dump.size()
                + " triples\n");
        items.forEach((processor, model) -> report.append(String.format("  %-10s %d triples, %d lost, %d added%n",
                processor, model.size(), missing(dump, model), missing(model, dump))));
        System.out.print(report);
        assertThat(dump.size()).as(report.toString()).isGreaterThan(50_000);
        assertThat(items).as(report.toString()).hasSize(3).allSatisfy((processor, model) ->
                assertThat(Expansions.isomorphic(Expansions.normalised(model), Expansions.normalised(dump)))
                        .as(processor + "\n" + report).isTrue());
    }

    @Test
    void everyProcessorReadsTheJsonLdDumpAsTheNQuadsDump() throws Exception {
        Model quads = Rio.parse(new GZIPInputStream(new ByteArrayInputStream(get(server() + "/dump/ogp.nq.gz",
                "application/n-quads"))), RDFFormat.NQUADS);
        byte[] jsonLd = get(server() + "/dump/ogp.jsonld", "application/ld+json");

        assertThat(expand(expansions(), jsonLd)).hasSize(3).allSatisfy((processor, model) ->
                assertThat(Expansions.isomorphic(Expansions.normalised(model), Expansions.normalised(quads)))
                        .as(processor).isTrue());
    }

    @Test
    void everyProcessorReadsTheCatalogueAsItsTurtle() throws Exception {
        Model turtle = Rio.parse(new ByteArrayInputStream(catalogue("text/turtle")), server() + "/",
                RDFFormat.TURTLE);
        byte[] jsonLd = catalogue("application/ld+json");

        assertThat(expand(expansions(), jsonLd)).hasSize(3).allSatisfy((processor, model) ->
                assertThat(Expansions.isomorphic(model, turtle)).as(processor).isTrue());
    }

    /** The processors, serving the OGP-LD context under its IRI and where this server answers it. */
    private Expansions expansions() throws IOException {
        Expansions expansions = Expansions.serving(Map.of(Vocab.CONTEXT_IRI, Vocab.context(),
                server() + "/ns/context.jsonld", Vocab.context()));
        if (jsonldJs == null) {
            jsonldJs = JsonLdJs.start(expansions);
        }
        return expansions;
    }

    private static Map<String, Model> expand(Expansions expansions, byte[] document) throws Exception {
        Map<String, Model> read = new LinkedHashMap<>();
        JsonLdJs.Result js = jsonldJs.toNQuads(document);
        assertThat(js.error()).as("jsonld.js").isNull();
        read.put("jsonld.js", Expansions.nquads(js.nquads()));
        read.put("Titanium", expansions.titanium(document));
        read.put("RDF4J", expansions.rdf4j(document));
        return read;
    }

    /** Blank nodes are scoped to their document: one page's {@code _:b0} is not another's. */
    private static Value scoped(Value value, String scope) {
        return value instanceof BNode b ? Values.bnode(scope + b.getID()) : value;
    }

    /** The statements of {@code quads} without their graphs. */
    private static Model triples(Model quads) {
        Model triples = new LinkedHashModel();
        quads.forEach(q -> triples.add(q.getSubject(), q.getPredicate(), q.getObject()));
        return triples;
    }

    /** How many ground statements of {@code expected} {@code actual} lacks (blank-node statements compare by count). */
    private static long missing(Model expected, Model actual) {
        long ground = expected.stream().filter(HarvestProcessorsIT::ground).filter(s -> !actual.contains(s)).count();
        long blank = expected.stream().filter(s -> !ground(s)).count() - actual.stream().filter(s -> !ground(s))
                .count();
        return ground + Math.max(0, blank);
    }

    private static boolean ground(Statement s) {
        return !s.getSubject().isBNode() && !s.getObject().isBNode();
    }

    private String server() {
        return "http://localhost:" + port;
    }

    private static byte[] get(String url, String accept) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = send(url, accept);
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        return response.body();
    }

    /** The catalogue, asked again while the server answers 503 (its counts still running), as a client would. */
    private byte[] catalogue(String accept) {
        return await().atMost(Duration.ofMinutes(2)).until(() -> send(server() + "/catalog", accept),
                response -> response.statusCode() != 503).body();
    }

    private static HttpResponse<byte[]> send(String url, String accept) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
