package org.ogpld.endpoint.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;

/**
 * The statements a text index rebuild reads off TDB2's indexes are those {@code find} gives, in every graph and the
 * storage default graph, with blank nodes and literals (inline and not).
 */
class IndexedStatementsTest {

    private static final List<Node> PROPERTIES = List.of(NodeFactory.createURI("http://xmlns.com/foaf/0.1/name"),
            NodeFactory.createURI("http://purl.org/dc/terms/identifier"),
            NodeFactory.createURI("http://purl.org/dc/terms/title"));

    @Test
    void theStatementsOffTheIndexesAreThoseFindGives() {
        Dataset dataset = TDB2Factory.createDataset();
        try {
            Txn.executeWrite(dataset, () -> fill(dataset.asDatasetGraph(), new Random(7)));
            DatasetGraph store = dataset.asDatasetGraph();

            Set<Quad> expected = new HashSet<>();
            Set<Quad> read = new HashSet<>();
            List<Quad> all = new ArrayList<>();
            Txn.executeRead(dataset, () -> {
                PROPERTIES.forEach(p -> store.find(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining(expected::add));
                IndexedStatements.forEach(store, PROPERTIES, all::add);
            });
            read.addAll(all);

            assertThat(all).hasSize(expected.size());
            assertThat(read).isEqualTo(expected);
            assertThat(expected).anyMatch(q -> q.isDefaultGraph()).anyMatch(q -> q.getSubject().isBlank())
                    .anyMatch(q -> q.getObject().isLiteral() && q.getObject().getLiteralLanguage().equals("az"));
        } finally {
            TDBInternal.expel(dataset.asDatasetGraph());
        }
    }

    private static void fill(DatasetGraph store, Random random) {
        List<Node> graphs = List.of(Quad.defaultGraphIRI, NodeFactory.createURI("urn:g1"),
                NodeFactory.createURI("urn:g2"));
        List<Node> subjects = List.of(NodeFactory.createURI("urn:s1"), NodeFactory.createURI("urn:s2"),
                NodeFactory.createBlankNode(), NodeFactory.createBlankNode());
        List<Node> predicates = new ArrayList<>(PROPERTIES);
        predicates.add(NodeFactory.createURI("http://xmlns.com/foaf/0.1/knows"));
        List<Node> objects = List.of(NodeFactory.createLiteralString("Əli"), NodeFactory.createLiteralLang("Bakı", "az"),
                NodeFactory.createLiteralDT("42", XSDDatatype.XSDinteger), NodeFactory.createURI("urn:o"),
                NodeFactory.createBlankNode());
        for (int i = 0; i < 200; i++) {
            store.add(graphs.get(random.nextInt(graphs.size())), subjects.get(random.nextInt(subjects.size())),
                    predicates.get(random.nextInt(predicates.size())), objects.get(random.nextInt(objects.size())));
        }
    }
}
