package org.ogpld.endpoint.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.ogpld.vocab.Vocab;

/** The vocabulary's graph follows the vocabulary of the build, and is never forced on a store without it. */
class VocabularyGraphTest {

    private static final String BASE = "https://w3id.org/ogp-ld/";
    private static final Node GRAPH = NodeFactory.createURI(BASE + "graph/vocabulary");

    @Test
    void aStaleVocabularyGraphIsReplacedByTheBuildsVocabulary() {
        Dataset dataset = DatasetFactory.createTxnMem();
        Txn.executeWrite(dataset, () -> {
            VocabularyGraph.addTo(dataset.asDatasetGraph(), BASE);
            dataset.asDatasetGraph().add(GRAPH, NodeFactory.createURI("urn:old"), SKOS.prefLabel.asNode(),
                    NodeFactory.createLiteralString("a code the vocabulary dropped"));
        });

        start(dataset);

        Txn.executeRead(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            assertThat(dsg.contains(GRAPH, NodeFactory.createURI("urn:old"), Node.ANY, Node.ANY)).isFalse();
            assertThat(dsg.getGraph(GRAPH).isIsomorphicWith(VocabularyGraph.content(GRAPH.getURI()))).isTrue();
            long concepts = Vocab.codeLists().listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type,
                    SKOS.Concept).toList().size();
            assertThat(dsg.getGraph(GRAPH).find(Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(),
                    SKOS.Concept.asNode()).toList()).hasSize((int) concepts);
        });
    }

    @Test
    void aStoreWithoutTheVocabularyGraphIsLeftAsItIs() {
        Dataset dataset = DatasetFactory.createTxnMem();
        Txn.executeWrite(dataset, () -> dataset.asDatasetGraph().add(NodeFactory.createURI("urn:g"),
                NodeFactory.createURI("urn:s"), NodeFactory.createURI("urn:p"), NodeFactory.createURI("urn:o")));

        start(dataset);

        assertThat(Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().getGraph(GRAPH).isEmpty())).isTrue();
    }

    private static void start(Dataset dataset) {
        new VocabularyGraph(dataset, change -> Txn.executeWrite(dataset, () -> change.accept(dataset.asDatasetGraph())),
                BASE).afterPropertiesSet();
    }
}
