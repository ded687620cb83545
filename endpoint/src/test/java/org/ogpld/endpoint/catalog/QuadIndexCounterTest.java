package org.ogpld.endpoint.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The VoID counts read off TDB2's quad indexes are those the SPARQL counts they replaced gave ({@link SparqlCounts}),
 * on random stores: named graphs sharing triples, blank nodes, literals stored inline and not, links out and in, and
 * statements in the storage default graph that neither counts.
 */
class QuadIndexCounterTest {

    private static final String BASE = "https://w3id.org/ogp-ld/";

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void aRandomStoreCountsAsSparqlCountsIt(long seed) {
        Dataset dataset = TDB2Factory.createDataset();
        try {
            Txn.executeWrite(dataset, () -> fill(dataset.asDatasetGraph(), new Random(seed)));
            SparqlCounts expected = SparqlCounts.of(dataset, BASE);

            Statistics.Counts counts = Txn.calculateRead(dataset, () -> new StoreCounter(dataset, BASE).count(1));

            assertThat(expected.triples()).isGreaterThan(expected.subjects()).isGreaterThan(0);
            assertThat(expected.linkSets()).isNotEmpty();
            assertThat(new SparqlCounts(counts.triples(), counts.subjects(), counts.classes(), counts.properties(),
                    counts.linkSets())).isEqualTo(expected);
        } finally {
            TDBInternal.expel(dataset.asDatasetGraph());
        }
    }

    @Test
    void anEmptyStoreCountsNothing() {
        Dataset dataset = TDB2Factory.createDataset();
        try {
            Statistics.Counts counts = Txn.calculateRead(dataset, () -> new StoreCounter(dataset, BASE).count(1));

            assertThat(SparqlCounts.of(dataset, BASE).sameAs(counts)).isTrue();
            assertThat(counts.triples()).isZero();
            assertThat(counts.classes()).isEmpty();
        } finally {
            TDBInternal.expel(dataset.asDatasetGraph());
        }
    }

    /** 400 quads over small pools of terms, so that triples recur in several graphs and subjects in many quads. */
    private static void fill(DatasetGraph store, Random random) {
        List<Node> graphs = iris(BASE + "graph/", 4);
        List<Node> subjects = new ArrayList<>(iris(BASE + "id/", 15));
        for (int i = 0; i < 5; i++) {
            subjects.add(NodeFactory.createBlankNode());
        }
        subjects.add(NodeFactory.createURI("http://www.wikidata.org/entity/Q1"));
        List<Node> predicates = List.of(RDF.type.asNode(), OWL.sameAs.asNode(), DCTerms.spatial.asNode(),
                DCTerms.license.asNode(), NodeFactory.createURI("https://schema.org/url"),
                NodeFactory.createURI("http://xmlns.com/foaf/0.1/name"), NodeFactory.createURI(BASE + "def/p"));
        List<Node> objects = new ArrayList<>(subjects);
        objects.addAll(iris("http://www.wikidata.org/entity/Q", 4));
        objects.addAll(iris("http://publications.europa.eu/resource/authority/country/C", 3));
        objects.addAll(iris("http://publications.europa.eu/resource/authority/language/L", 2));
        objects.addAll(iris("https://sws.geonames.org/", 3));
        objects.addAll(List.of(NodeFactory.createURI("http://publications.europa.eu/resource/authority/x"),
                NodeFactory.createURI("urn:isbn:1"), NodeFactory.createURI("mailto:a@example.org"),
                NodeFactory.createURI("http://xmlns.com/foaf/0.1/Person"),
                NodeFactory.createURI("http://www.w3.org/ns/org#Organization"),
                NodeFactory.createURI(BASE + "def/Commitment"),
                NodeFactory.createLiteralString("ə"), NodeFactory.createLiteralLang("Bakı", "az"),
                NodeFactory.createLiteralDT("7", XSDDatatype.XSDinteger),
                NodeFactory.createLiteralDT("123456789012345678901234567890", XSDDatatype.XSDinteger),
                NodeFactory.createLiteralDT("2024-05-01", XSDDatatype.XSDdate),
                NodeFactory.createLiteralDT("1.5", XSDDatatype.XSDdouble),
                NodeFactory.createLiteralDT("http://www.wikidata.org/entity/Q1", XSDDatatype.XSDanyURI)));
        for (int i = 0; i < 400; i++) {
            store.add(pick(graphs, random), pick(subjects, random), pick(predicates, random), pick(objects, random));
        }
        // The storage default graph (the change log's) is in neither count.
        for (int i = 0; i < 20; i++) {
            store.add(Quad.defaultGraphIRI, pick(subjects, random), pick(predicates, random), pick(objects, random));
        }
    }

    private static List<Node> iris(String prefix, int count) {
        List<Node> iris = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            iris.add(NodeFactory.createURI(prefix + i));
        }
        return iris;
    }

    private static Node pick(List<Node> nodes, Random random) {
        return nodes.get(random.nextInt(nodes.size()));
    }
}
