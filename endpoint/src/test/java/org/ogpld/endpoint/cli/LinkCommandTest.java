package org.ogpld.endpoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkCommandTest {

    private static final String SEED = "../examples/seed/round-table-2017.yaml";
    private static final String GRAPH = "https://w3id.org/ogp-ld/graph/reconciliation-links";
    private static final String KAMAL = "https://w3id.org/ogp-ld/id/person/kamal-cafarov-ogp-dialogue-platform-round-table-2017";

    @TempDir
    Path folder;

    @Test
    void aSecondSourcesSpeakerIsLinkedToTheSeedsInTheLinksetGraphWithItsVoid() throws IOException {
        Path other = folder.resolve("speakers.ttl");
        Files.writeString(other, """
                <https://w3id.org/ogp-ld/id/person/speakers-k1> a <http://www.w3.org/ns/person#Person> ;
                    <http://xmlns.com/foaf/0.1/name> "Kamal Jafarov"@en .
                """);
        Path store = folder.resolve("store");
        assertThat(Cli.run("load", SEED, other.toString(), "--store", store.toString()).code())
                .isEqualTo(ExitCodes.OK);
        Cli dry = Cli.run("link", "--store", store.toString(), "--dry-run");
        assertThat(dry.code()).as(dry.err()).isEqualTo(ExitCodes.OK);
        assertThat(dry.out()).contains("owl:sameAs");
        Cli link = Cli.run("link", "--store", store.toString());
        assertThat(link.err()).contains("1 owl:sameAs and 0 skos:closeMatch proposed in <" + GRAPH + ">");
        Dataset dataset = TDB2Factory.connectDataset(store.toString());
        try {
            Txn.executeRead(dataset, () -> {
                Model links = dataset.getNamedModel(GRAPH);
                assertThat(links.contains(links.createResource(KAMAL), OWL.sameAs,
                        links.createResource("https://w3id.org/ogp-ld/id/person/speakers-k1"))
                        || links.contains(links.createResource("https://w3id.org/ogp-ld/id/person/speakers-k1"),
                        OWL.sameAs, links.createResource(KAMAL))).isTrue();
                assertThat(links.listSubjectsWithProperty(RDF.type, VOID.Linkset).toList()).hasSize(1);
                assertThat(links.contains(null, VOID.linkPredicate, OWL.sameAs)).isTrue();
                assertThat(links.contains(ResourceFactory.createResource(GRAPH), VOID.subset, (org.apache.jena.rdf.model.RDFNode) null))
                        .isTrue();
            });
        } finally {
            TDBInternal.expel(dataset.asDatasetGraph());
        }
    }
}
