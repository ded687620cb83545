package org.ogpld.endpoint.changes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stream's pages against shapes written from the LDES and TREE specifications' normative statements
 * ({@code ldes-tree-shapes.ttl}: neither specification publishes shapes): the first page, a full page and the
 * stream's description conform, in their TriG and their Turtle form.
 */
class FeedPagesTest {

    private static final Shapes SHAPES = Shapes.parse(RDFDataMgr.loadGraph(
            FeedPagesTest.class.getResource("ldes-tree-shapes.ttl").toString()));
    private static final String FEED = "http://localhost:3030/feed";

    @TempDir
    Path temp;

    private LoggedStore store;

    @BeforeEach
    void open() {
        store = new LoggedStore(temp.resolve("store"));
        for (int i = 0; i < 9; i++) {
            store.update("INSERT DATA { GRAPH <urn:g" + i % 2 + "> { <" + LoggedStore.BASE + "id/person/p" + i
                    + "> <urn:v> " + i + " ; <urn:part> [ <urn:w> " + i + " ] } }");
        }
        store.update("DROP GRAPH <urn:g1>");
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theFirstPageAFullPageAndTheStreamConformToTheLdesAndTreeShapes() {
        Txn.executeRead(store.dataset, () -> {
            FeedPages pages = new FeedPages(store.dataset.asDatasetGraph(), null, FEED, 4);
            FeedPages.Page first = pages.page(0).orElseThrow();
            assertThat(first.full()).isTrue();
            assertConforms(first.content().getDefaultGraph());
            assertConforms(FeedPages.triples(first.content()));
            assertConforms(FeedPages.triples(pages.page(2).orElseThrow().content()));
            assertConforms(pages.stream().getDefaultGraph());
            assertThat(pages.page(3)).as("13 members: pages 0 to 3").isPresent();
            assertThat(pages.page(4)).isEmpty();
            // The newest page, and its members after the 12th: each goes on after its last member.
            for (FeedPages.Page newest : List.of(pages.page(3).orElseThrow(), pages.page(3, 12).orElseThrow())) {
                assertThat(newest.full()).isFalse();
                assertConforms(newest.content().getDefaultGraph());
                assertThat(newest.content().find(Quad.defaultGraphIRI, Node.ANY, FeedTerms.node, Node.ANY).next()
                        .getObject().getURI()).isEqualTo(FEED + "?page=3&from=13");
            }
            assertThat(pages.page(3, 13).orElseThrow().content().find(Quad.defaultGraphIRI, Node.ANY,
                    FeedTerms.member, Node.ANY).hasNext()).as("nothing after the last member yet").isFalse();
            assertThat(pages.page(3, 14)).isEmpty();
            assertThat(pages.page(3, 11)).isEmpty();
        });
    }

    @Test
    void whenTheLastPageIsExactlyFullThePageAfterItIsServedEmptyUntilTheNextMemberLandsOnIt() {
        FeedPages.Page next = Txn.calculateRead(store.dataset, () -> new FeedPages(store.dataset.asDatasetGraph(),
                null, FEED, 13).page(1, 13).orElseThrow());
        assertThat(next.full()).isFalse();
        assertThat(next.content().find(Quad.defaultGraphIRI, Node.ANY, FeedTerms.member, Node.ANY).hasNext()).isFalse();

        store.update("INSERT DATA { GRAPH <urn:g0> { <" + LoggedStore.BASE + "id/person/p13> <urn:v> 13 } }");
        Txn.executeRead(store.dataset, () -> {
            FeedPages pages = new FeedPages(store.dataset.asDatasetGraph(), null, FEED, 13);
            assertThat(Iter.count(pages.page(1, 13).orElseThrow().content().find(Quad.defaultGraphIRI, Node.ANY,
                    FeedTerms.member, Node.ANY))).isEqualTo(1);
            assertThat(pages.page(2, 26)).isEmpty();
        });
    }

    @Test
    void theShapesCatchAStreamWithoutAViewAndAMemberWithoutItsTime() {
        Graph page = Txn.calculateRead(store.dataset, () -> FeedPages.triples(new FeedPages(
                store.dataset.asDatasetGraph(), null, FEED, 4).page(0).orElseThrow().content()));
        Node stream = NodeFactory.createURI(FEED);
        page.remove(stream, FeedTerms.view, Node.ANY);
        Node member = page.find(stream, FeedTerms.member, Node.ANY).next().getObject();
        page.remove(member, FeedTerms.generatedAtTime, Node.ANY);
        ValidationReport report = ShaclValidator.get().validate(SHAPES, page);
        assertThat(report.getEntries()).extracting(e -> e.focusNode()).contains(stream, member);
    }

    @Test
    void aDeletedGraphGivesATombstoneForEachResourceItHeldNamingTheGraph() {
        long tombstones = Txn.calculateRead(store.dataset, () -> {
            FeedPages pages = new FeedPages(store.dataset.asDatasetGraph(), null, FEED, 4);
            long count = 0;
            for (long k = 0; pages.page(k).isPresent(); k++) {
                var content = pages.page(k).orElseThrow().content();
                count += Iter.count(Iter.filter(content.find(Quad.defaultGraphIRI, Node.ANY, FeedTerms.type,
                        FeedTerms.Delete), q -> content.contains(Quad.defaultGraphIRI, q.getSubject(),
                        FeedTerms.inDataset, NodeFactory.createURI("urn:g1"))));
            }
            return count;
        });
        assertThat(tombstones).isEqualTo(4);
    }

    private static void assertConforms(Graph graph) {
        ValidationReport report = ShaclValidator.get().validate(SHAPES, graph);
        if (!report.conforms()) {
            ShLib.printReport(report);
        }
        assertThat(report.conforms()).isTrue();
    }

}
