package org.ogpld.endpoint.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.util.Models;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ogpld.endpoint.ld.LdClient;
import org.ogpld.model.publish.Publisher;
import org.ogpld.vocab.CV;
import org.ogpld.vocab.OGP;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The founding press release as the model publishes it (its authoring file, read and validated by the model's
 * {@link Publisher}, sent through the Graph Store Protocol): every resource dereferences, reads the same in every
 * format, and the round table's page shows what the press release says.
 */
@WritableServer
class SeedPublicationIT {

    /** The seed publication, as authored in the model module's tests (kept identical to model/README.md). */
    private static final Path SEED = Path.of("..", "model", "src", "test", "resources", "org", "ogpld", "model",
            "authoring", "round-table.yaml");

    @LocalServerPort
    int port;

    private LdClient client;
    private DatasetGraph seed;

    @BeforeEach
    void publishTheSeed() throws IOException {
        client = new LdClient(port);
        Publisher publisher = Publisher.builder().base(LdClient.BASE).build();
        seed = publisher.toDataset(publisher.read(SEED).publication());
        seed.listGraphNodes().forEachRemaining(graph -> {
            ByteArrayOutputStream turtle = new ByteArrayOutputStream();
            RDFDataMgr.write(turtle, seed.getGraph(graph), RDFFormat.TURTLE);
            assertThat(Publishing.put(client, graph.getURI(), turtle.toString(StandardCharsets.UTF_8)))
                    .isIn(201, 204);
        });
    }

    @Test
    void everyResourceOfTheSeedDereferencesToTheSameGraphInEveryFormat() {
        List<String> resources = Iter.asStream(seed.find()).map(q -> q.getSubject()).filter(Node::isURI)
                .map(Node::getURI).filter(iri -> iri.startsWith(LdClient.BASE + "id/") && !iri.contains("#"))
                .distinct().sorted().toList();
        assertThat(resources).hasSizeGreaterThan(20);
        for (String iri : resources) {
            String path = iri.substring(LdClient.BASE.length()).replaceFirst("^id/", "/doc/");
            assertThat(client.get("/" + iri.substring(LdClient.BASE.length())).statusCode()).as(iri).isEqualTo(303);
            assertThat(client.get(path, "Accept", "text/html").statusCode()).as(path).isEqualTo(200);
            Model turtle = client.rdf(path, org.eclipse.rdf4j.rio.RDFFormat.TURTLE);
            Model jsonld = client.rdf(path, org.eclipse.rdf4j.rio.RDFFormat.JSONLD);
            assertThat(Models.isomorphic(jsonld, turtle)).as("JSON-LD of %s is isomorphic to its Turtle; only in "
                    + "Turtle: %s; only in JSON-LD: %s", path, difference(turtle, jsonld), difference(jsonld, turtle))
                    .isTrue();
        }
    }

    private static List<String> difference(Model left, Model right) {
        return left.stream().filter(st -> !right.contains(st)).map(Object::toString).limit(5).toList();
    }

    @Test
    void roundTablePageShowsWhatThePressReleaseSays() {
        String event = seed.find(Node.ANY, Node.ANY, RDF.type.asNode(), CV.PublicEvent.asNode())
                .next().getSubject().getURI();
        String path = event.substring(LdClient.BASE.length()).replaceFirst("^id/", "/doc/");
        String az = new String(client.get(path + "?lang=az", "Accept", "text/html").body(), StandardCharsets.UTF_8);
        assertThat(az).contains("Əliməmməd Nuriyev").contains("Kamal Cəfərov").contains("Rəna Səfərəliyeva")
                .contains("Holiday Inn oteli").contains("Avrasiya Əməkdaşlıq Fondu")
                .contains("13 iyul 2017").contains("28 iyul 2017").contains(">59<").contains(">15<").contains(">7<")
                .contains("Açılış nitqi").contains("Yekun söz");
        String en = new String(client.get(path + "?lang=en", "Accept", "text/html").body(), StandardCharsets.UTF_8);
        assertThat(en).contains("Eurasia Partnership Foundation").contains("Ministry of Foreign Affairs of the Netherlands")
                .contains("OGP National Coordinator for Azerbaijan").contains("both dates are kept");
    }

    @Test
    void studyPageShowsTheMonitoringsObservations() {
        String study = seed.find(Node.ANY, Node.ANY, RDF.type.asNode(), OGP.MonitoringStudy.asNode())
                .next().getSubject().getURI();
        String path = study.substring(LdClient.BASE.length()).replaceFirst("^id/", "/doc/");
        String en = new String(client.get(path + "?lang=en", "Accept", "text/html").body(), StandardCharsets.UTF_8);
        assertThat(en).contains("Transparency Azerbaijan").contains("Courtesy").contains("Citizen satisfaction")
                .contains("High").contains("Medium").contains("Low");
        assertThat(en.split("<td class=\"number\">", -1)).hasSize(7);
    }
}
