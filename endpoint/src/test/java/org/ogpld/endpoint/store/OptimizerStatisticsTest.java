package org.ogpld.endpoint.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.BasicPattern;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.graph.NodeConst;
import org.apache.jena.sparql.sse.SSE;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OptimizerStatisticsTest {

    private static final Node COMMON = NodeFactory.createURI("urn:p:common");
    private static final Node RARE = NodeFactory.createURI("urn:p:rare");
    private static final Node THING = NodeFactory.createURI("urn:c:Thing");

    @TempDir
    Path folder;

    private Dataset dataset;
    private LiveReorder reorder;
    private OptimizerStatistics statistics;

    @BeforeEach
    void open() {
        reorder = new LiveReorder();
        dataset = LiveReorder.opening(reorder, () -> TDB2Factory.connectDataset(folder.toString()));
        StoreGeneration generation = new StoreGeneration(dataset, new StoreReopening(dataset));
        statistics = new OptimizerStatistics(dataset, generation, reorder,
                new OptimizerProperties(true, 2, Duration.ofSeconds(10)));
        Txn.executeWrite(dataset, () -> {
            for (int i = 0; i < 50; i++) {
                Node s = NodeFactory.createURI("urn:s:" + i);
                // Each triple in two graphs: the union, which queries see, holds it once.
                for (String g : List.of("urn:g:1", "urn:g:2")) {
                    Node graph = NodeFactory.createURI(g);
                    dataset.asDatasetGraph().add(Quad.create(graph, s, COMMON, NodeFactory.createLiteralString("v")));
                    dataset.asDatasetGraph().add(Quad.create(graph, s, NodeConst.nodeRDFType, THING));
                }
            }
            dataset.asDatasetGraph().add(Quad.create(NodeFactory.createURI("urn:g:1"), NodeFactory.createURI("urn:s:0"),
                    RARE, NodeFactory.createLiteralString("x")));
        });
    }

    @AfterEach
    void close() {
        TDBInternal.expel(dataset.asDatasetGraph());
    }

    @Test
    void theStoreOpenedWithItOrdersPatternsByTheLiveOrdering() {
        assertThat(TDBInternal.getDatasetGraphTDB(dataset.asDatasetGraph()).getReorderTransform()).isSameAs(reorder);
    }

    @Test
    void countsEachTripleOfTheUnionOnceAndWritesTheFileTdbstatsWrites() throws Exception {
        statistics.refresh();

        Path file = folder.resolve(OptimizerStatistics.FILE);
        assertThat(file).isRegularFile();
        String text = Files.readString(file);
        assertThat(SSE.parse(text).isTagged("stats")).isTrue();
        assertThat(text).contains("(count 101)").contains("(<urn:p:common> 50)").contains("(<urn:p:rare> 1)")
                .containsPattern("<urn:c:Thing>\\)\\s+50\\)");
    }

    @Test
    void withStatisticsTheRarePatternComesFirst() {
        BasicPattern pattern = new BasicPattern();
        pattern.add(Triple.create(Var.alloc("s"), COMMON, Var.alloc("v")));
        pattern.add(Triple.create(Var.alloc("s"), RARE, Var.alloc("x")));

        statistics.refresh();

        assertThat(reorder.reorder(pattern).get(0).getPredicate()).isEqualTo(RARE);
    }

    @Test
    void recomputesOnlyAfterEnoughWrites() {
        statistics.refresh();
        long computed = statistics.computedAt();
        Txn.executeWrite(dataset, () -> dataset.asDatasetGraph().add(Quad.create(NodeFactory.createURI("urn:g:1"),
                NodeFactory.createURI("urn:s:1"), RARE, NodeFactory.createLiteralString("y"))));

        statistics.check();
        assertThat(statistics.computedAt()).isEqualTo(computed);

        Txn.executeWrite(dataset, () -> dataset.asDatasetGraph().add(Quad.create(NodeFactory.createURI("urn:g:1"),
                NodeFactory.createURI("urn:s:2"), RARE, NodeFactory.createLiteralString("z"))));
        statistics.check();
        assertThat(statistics.computedAt()).isGreaterThan(computed);
    }
}
