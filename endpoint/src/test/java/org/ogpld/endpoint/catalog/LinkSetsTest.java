package org.ogpld.endpoint.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ogpld.endpoint.ld.ResourceIndex;
import org.ogpld.model.Iris;
import org.ogpld.model.imports.ogp.OgpCommitmentsImporter;
import org.ogpld.model.imports.popolo.PopoloImporter;
import org.apache.jena.vocabulary.VOID;

/** Links out are listed per target in the VoID description: the EU country authority, Wikidata, GeoNames. */
class LinkSetsTest {

    private static final Path DATA = Path.of(System.getProperty("ogpld.shared"), "data");
    private static final Iris IRIS = new Iris("https://w3id.org/ogp-ld/");
    private static final String COUNTRY = "http://publications.europa.eu/resource/authority/country/";

    private static Dataset dataset;
    private static Statistics.Counts counts;

    @BeforeAll
    static void countTheSheetAndAParliament() throws IOException {
        // the store's default graph is the union of its named graphs, as the endpoint serves it
        dataset = TDB2Factory.createDataset();
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(dataset, () -> {
            try {
                OgpCommitmentsImporter.strict().read(DATA.resolve("ogp-commitments/open_parliament_0703.csv"))
                        .toDataset(IRIS).find().forEachRemaining(dataset.asDatasetGraph()::add);
                PopoloImporter.builder().build().read(DATA.resolve("everypolitician-azerbaijan/ep-popolo-v1.0.json"))
                        .toDataset(IRIS).find().forEachRemaining(dataset.asDatasetGraph()::add);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        counts = Txn.calculateRead(dataset, () -> new StoreCounter(dataset, IRIS.base()).count(1));
    }

    @Test
    void theCountsOffTheIndexesAreThoseOfSparql() {
        assertThat(SparqlCounts.of(dataset, IRIS.base()).sameAs(counts)).isTrue();
        assertThat(counts.classes()).isNotEmpty();
    }

    @Test
    void everyMemberOfTheSheetLinksToTheEuCountryAuthority() {
        assertThat(counts.linkSets().get(COUNTRY)).containsExactly(Map.entry(DCTerms.spatial.getURI(), 75L));
        assertThat(counts.linkSets().get("http://www.wikidata.org/entity/").get(OWL.sameAs.getURI()))
                .isGreaterThanOrEqualTo(152L);
    }

    @Test
    void theVoidDescriptionListsTheCountryLinkSet() {
        ResourceIndex.Snapshot index = ResourceIndex.Snapshot.empty(1);
        Model voidDescription = CatalogDescription.of("http://localhost:3030/", IRIS.base(), counts, index,
                Calendar.getInstance());

        Resource target = voidDescription.listSubjectsWithProperty(VOID.uriSpace,
                voidDescription.createLiteral(COUNTRY)).next();
        Resource linkSet = voidDescription.listSubjectsWithProperty(VOID.objectsTarget, target).next();
        assertThat(linkSet.hasProperty(RDF.type, VOID.Linkset)).isTrue();
        assertThat(linkSet.getProperty(VOID.triples).getLong()).isEqualTo(75);
        assertThat(linkSet.hasProperty(VOID.linkPredicate, DCTerms.spatial)).isTrue();
    }
}
