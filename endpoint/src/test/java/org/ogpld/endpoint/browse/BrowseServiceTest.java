package org.ogpld.endpoint.browse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ogpld.endpoint.TestProperties;
import org.ogpld.endpoint.ld.DataIris;
import org.ogpld.endpoint.store.StoreGeneration;
import org.ogpld.endpoint.store.StoreReopening;

/** Browse pages after writes: the counts, totals and items of the store as it is now, not as it was. */
class BrowseServiceTest {

    private static final String AREA = BrowseData.BASE + "id/code/area0";

    private Dataset dataset;
    private BrowseService service;
    private BrowseOracle oracle;
    private final Browsable commitment = Browsable.of("commitment").orElseThrow();

    @BeforeEach
    void open() {
        dataset = TDB2Factory.createDataset();
        Txn.executeWrite(dataset, () -> GraphUtil.addInto(dataset.asDatasetGraph().getDefaultGraph(),
                BrowseData.publication(7, 120)));
        service = new BrowseService(dataset, new DataIris(TestProperties.of(BrowseData.BASE, TestProperties.QUERY,
                TestProperties.UPDATE, TestProperties.NO_CREDENTIALS)), new StoreGeneration(dataset,
                new StoreReopening(dataset)), TestProperties.of(BrowseData.BASE, TestProperties.QUERY,
                TestProperties.UPDATE, TestProperties.NO_CREDENTIALS));
        oracle = new BrowseOracle(dataset.asDatasetGraph(), BrowseData.BASE + "id/commitment/");
    }

    @AfterEach
    void close() {
        dataset.close();
    }

    @Test
    void anUpdateThenABrowsePageShowsTheNewCounts() {
        Selection all = new Selection(commitment, Map.of(), "label", 1);
        Selection inArea = new Selection(commitment, Map.of("policy-area", AREA), "label", 1);
        BrowseService.Page before = service.page(all, "en");
        long areaBefore = count(before, AREA);
        assertThat(service.page(inArea, "en").total()).isEqualTo(areaBefore);

        update("INSERT DATA { <" + BrowseData.BASE + "id/commitment/new> a <https://w3id.org/ogp-ld/ns#Commitment> ;"
                + " <https://w3id.org/ogp-ld/ns#policyArea> <" + AREA + "> ;"
                + " <http://purl.org/dc/terms/title> \"A new commitment\" }");
        BrowseService.Page after = service.page(all, "en");
        assertThat(after.total()).isEqualTo(before.total() + 1);
        assertThat(count(after, AREA)).isEqualTo(areaBefore + 1);
        BrowseService.Page areaAfter = service.page(inArea, "en");
        assertThat(areaAfter.total()).isEqualTo(areaBefore + 1);
        assertThat(areaAfter.items()).anySatisfy(item -> assertThat(item.text()).isEqualTo("A new commitment"));
        assertSameAsSparql(all);
        assertSameAsSparql(inArea);
    }

    @Test
    void aDeletionThenABrowsePageNoLongerCountsWhatWasRemoved() {
        Selection inArea = new Selection(commitment, Map.of("policy-area", AREA), "iri", 1);
        long before = service.page(inArea, "az").total();
        assertThat(before).isPositive();

        update("DELETE WHERE { ?c <https://w3id.org/ogp-ld/ns#policyArea> <" + AREA + "> }");
        assertThat(service.page(inArea, "az").total()).isZero();
        assertThat(service.page(new Selection(commitment, Map.of(), "iri", 1), "az").facets().get("policy-area"))
                .noneSatisfy(c -> assertThat(c.value()).isEqualTo(AREA));
        assertSameAsSparql(new Selection(commitment, Map.of(), "-label", 2));
    }

    private void assertSameAsSparql(Selection selection) {
        BrowseService.Page page = service.page(selection, "en");
        assertThat(page.total()).isEqualTo(oracle.total(selection));
        assertThat(page.iris()).isEqualTo(oracle.items(selection, BrowseService.PAGE_SIZE).stream()
                .map(node -> node.getURI()).toList());
        for (Facet facet : commitment.facets()) {
            List<String> expected = oracle.counts(selection, facet, BrowseService.FACET_VALUES).stream()
                    .map(e -> (e.getKey().isURI() ? e.getKey().getURI() : e.getKey().getLiteralLexicalForm())
                            + " " + e.getValue()).toList();
            assertThat(page.facets().get(facet.id()).stream().map(c -> c.value() + " " + c.count()).toList())
                    .as(facet.id()).isEqualTo(expected);
        }
    }

    private static long count(BrowseService.Page page, String value) {
        return page.facets().get("policy-area").stream().filter(c -> c.value().equals(value))
                .mapToLong(BrowseService.Count::count).sum();
    }

    private void update(String update) {
        Txn.executeWrite(dataset, () -> UpdateExec.dataset(dataset.asDatasetGraph()).update(update).execute());
    }
}
