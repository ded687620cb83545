package org.ogpld.endpoint.browse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Pages counted in a kind's {@link FacetIndex} hold exactly what the equivalent SPARQL returns. */
class FacetIndexTest {

    private static final int PAGE = 7;
    private static DatasetGraph store;

    @BeforeAll
    static void load() {
        store = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(store, () -> GraphUtil.addInto(store.getDefaultGraph(), BrowseData.publication(18, 300)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"commitment", "event", "person", "action-plan"})
    void everySelectionCountsListsAndOrdersAsSparqlDoes(String kind) {
        Browsable browsable = Browsable.of(kind).orElseThrow();
        String prefix = BrowseData.BASE + "id/" + kind + "/";
        BrowseOracle oracle = new BrowseOracle(store, prefix);
        FacetIndex index = Txn.calculateRead(store, () -> new FacetIndexBuilder(store, prefix, 10_000)
                .build(browsable, 1));
        Random random = new Random(kind.hashCode());
        Map<Facet, List<Node>> values = new HashMap<>();
        browsable.facets().forEach(f -> values.put(f, oracle.counts(new Selection(browsable, Map.of(), "label", 1),
                f, 1000).stream().map(Map.Entry::getKey).toList()));
        int compared = 0;
        for (int round = 0; round < 20; round++) {
            Selection selection = random(browsable, values, random);
            FacetIndex.Selected selected = index.select(selection, PAGE, 4);
            assertThat(selected.total()).as(selection.query()).isEqualTo(oracle.total(selection));
            assertThat(selected.items()).as(selection.query()).isEqualTo(oracle.items(selection, PAGE));
            for (Facet facet : browsable.facets()) {
                assertThat(selected.counts().get(facet)).as(selection.query() + " " + facet.id())
                        .isEqualTo(oracle.counts(selection, facet, 4));
            }
            compared += selected.total() > 0 ? 1 : 0;
        }
        assertThat(compared).as("selections that hold items").isGreaterThan(5);
    }

    private static Selection random(Browsable kind, Map<Facet, List<Node>> values, Random random) {
        Map<String, String> chosen = new HashMap<>();
        List<Facet> facets = new ArrayList<>(kind.facets());
        Collections.shuffle(facets, random);
        for (Facet facet : facets.subList(0, random.nextInt(Math.min(3, facets.size()) + 1))) {
            List<Node> known = values.get(facet);
            if (random.nextInt(12) == 0 || known.isEmpty()) {
                chosen.put(facet.id(), "https://example.org/id/code/none");
            } else {
                Node value = known.get(random.nextInt(known.size()));
                chosen.put(facet.id(), value.isURI() ? value.getURI() : value.getLiteralLexicalForm());
            }
        }
        return new Selection(kind, chosen, Selection.SORTS.get(random.nextInt(3)), 1 + random.nextInt(3));
    }
}
