package org.ogpld.model.imports.ogp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ogpld.model.Countries;
import org.ogpld.model.Iris;
import org.ogpld.model.imports.Imported;
import org.ogpld.model.publish.Publisher;

/** The sheet's ids come from codes, not from row order, and its members link to the EU country authority. */
class SheetIdentityTest {

    private static final Iris IRIS = new Iris("https://w3id.org/ogp-ld/");
    private static final Path SEED = Path.of("..", "examples", "seed", "round-table-2017.yaml");
    private static final Map<String, String> LOCAL_COUNTRIES = Map.of("ARBA", "ARG", "MXJL", "MEX", "ESMD", "ESP",
            "GBSC", "GBR", "PHSC", "PHL", "NGKD", "NGA", "GETB", "GEO");

    private static List<CsvRecords.Raw> records;
    private static Imported imported;

    @BeforeAll
    static void readTheSheet() throws IOException {
        records = new ArrayList<>();
        try (CsvRecords csv = new CsvRecords(Files.newBufferedReader(OgpCommitmentsImporterTest.CSV))) {
            for (var raw = csv.next(); raw.isPresent(); raw = csv.next()) {
                records.add(raw.get());
            }
        }
        imported = OgpCommitmentsImporter.strict().read(OgpCommitmentsImporterTest.CSV);
    }

    @Test
    void shufflingTheRowsChangesNoIri() throws IOException {
        List<CsvRecords.Raw> rows = new ArrayList<>(records.subList(1, records.size()));
        Collections.shuffle(rows, new Random(14));
        Imported shuffled = OgpCommitmentsImporter.strict().read(new StringReader(csv(records.get(0), rows)),
                OgpCommitmentsImporterTest.CSV.getFileName().toString());
        Collections.reverse(rows);
        Imported reversed = OgpCommitmentsImporter.strict().read(new StringReader(csv(records.get(0), rows)),
                OgpCommitmentsImporterTest.CSV.getFileName().toString());

        Set<String> original = iris(imported);
        assertThat(original).hasSizeGreaterThan(1000);
        assertThat(difference(iris(shuffled), original)).isEmpty();
        assertThat(difference(iris(reversed), original)).isEmpty();
        assertThat(shuffled.publication().slug()).as("another file: another source, named by its content")
                .isNotEqualTo(imported.publication().slug());
        Set<Object> difference = new HashSet<>(shuffled.publication().organisations());
        imported.publication().organisations().forEach(difference::remove);
        assertThat(difference).as("organisations that differ in a shuffled sheet").isEmpty();
    }

    @Test
    void everyNationalMemberLinksToItsEuCountryAndEveryLocalOneToItsCountry() {
        Model model = union(imported);
        Map<String, String> codes = new TreeMap<>();
        records.subList(1, records.size()).forEach(r -> codes.put(r.fields().get(4), r.fields().get(6)));
        assertThat(codes).hasSize(75);
        Map<String, Set<String>> links = new TreeMap<>();
        codes.keySet().forEach(code -> links.put(code, model.listObjectsOfProperty(model.createResource(
                IRIS.of(PublicationAssembler.memberId(code))), DCTerms.spatial).mapWith(RDFNode::toString).toSet()));

        Set<String> national = codes.entrySet().stream().filter(e -> !e.getValue().equals("Legacy Local"))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        assertThat(national).hasSize(68);
        assertThat(national).allSatisfy(code -> assertThat(links.get(code)).containsExactly(Countries.EU_COUNTRY
                + code));
        assertThat(codes.keySet()).filteredOn(code -> !national.contains(code))
                .containsExactlyInAnyOrderElementsOf(LOCAL_COUNTRIES.keySet())
                .allSatisfy(code -> assertThat(links.get(code)).containsExactly(Countries.EU_COUNTRY
                        + LOCAL_COUNTRIES.get(code)));
    }

    @Test
    void theSeedAndASheetRowForAzeAreOneAzerbaijan() throws IOException {
        List<String> row = new ArrayList<>(records.get(1).fields());
        row.set(0, "AZ0001");
        row.set(1, "Azerbaijan");
        row.set(4, "AZE");
        int plan = records.get(0).fields().indexOf("Action Plan ID");
        row.set(plan, "AP_AZE01");
        String sheet = csv(records.get(0), List.of(new CsvRecords.Raw(1, 2, row)));
        Imported aze = OgpCommitmentsImporter.strict().read(new StringReader(sheet), "aze.csv");
        Publisher publisher = Publisher.builder().base(IRIS.base()).build();
        DatasetGraph store = DatasetGraphFactory.createTxnMem();
        publisher.toDataset(publisher.read(SEED)).find().forEachRemaining(store::add);
        aze.toDataset(IRIS).find().forEachRemaining(store::add);

        Dataset dataset = DatasetFactory.wrap(store);
        List<String> members = new ArrayList<>();
        try (QueryExecution q = QueryExecution.dataset(dataset).query("""
                PREFIX ogp: <https://w3id.org/ogp-ld/ns#>
                SELECT DISTINCT ?m { GRAPH ?g { ?m a ogp:OgpMember } }""").build()) {
            q.execSelect().forEachRemaining(s -> members.add(s.getResource("m").getURI()));
        }
        assertThat(members).containsExactly(IRIS.base() + "id/organisation/ogp-member-aze");
        Resource azerbaijan = dataset.getUnionModel().createResource(members.get(0));
        assertThat(azerbaijan.listProperties(org.apache.jena.vocabulary.SKOS.prefLabel).mapWith(s -> s.getString())
                .toSet()).contains("Azərbaycan", "Azerbaijan");
        assertThat(azerbaijan.hasProperty(org.ogpld.vocab.OGP.region)).as("the sheet's region").isTrue();
        assertThat(azerbaijan.hasProperty(DCTerms.spatial, dataset.getUnionModel().createResource(
                Countries.EU_COUNTRY + "AZE"))).isTrue();
        Set<String> graphs = new HashSet<>();
        store.find(null, org.apache.jena.graph.NodeFactory.createURI(members.get(0)), null, null)
                .forEachRemaining(q -> graphs.add(q.getGraph().getURI()));
        assertThat(graphs).hasSize(2);
    }

    /** What is in one set and not the other. */
    private static Set<String> difference(Set<String> one, Set<String> other) {
        Set<String> difference = new HashSet<>(one);
        difference.removeAll(other);
        other.stream().filter(iri -> !one.contains(iri)).forEach(difference::add);
        return difference;
    }

    private static Model union(Imported imported) {
        return DatasetFactory.wrap(imported.toDataset(IRIS)).getUnionModel();
    }

    /**
     * Every IRI of the import's statements but those of the source: its graph and its source document are named
     * by the file's content, and a re-sorted file is another file.
     */
    private static Set<String> iris(Imported imported) {
        Set<String> iris = new HashSet<>();
        Set<String> source = Set.of(IRIS.of(imported.publication().provenance().source()),
                imported.graphName(IRIS));
        imported.toDataset(IRIS).find().forEachRemaining(q -> {
            for (var node : List.of(q.getSubject(), q.getPredicate(), q.getObject())) {
                if (node.isURI() && !source.contains(node.getURI())) {
                    iris.add(node.getURI());
                }
            }
        });
        return iris;
    }

    private static String csv(CsvRecords.Raw header, List<CsvRecords.Raw> rows) {
        StringBuilder csv = new StringBuilder();
        for (CsvRecords.Raw raw : concat(header, rows)) {
            csv.append(raw.fields().stream().map(f -> "\"" + f.replace("\"", "\"\"") + "\"")
                    .collect(Collectors.joining(","))).append("\r\n");
        }
        return csv.toString();
    }

    private static List<CsvRecords.Raw> concat(CsvRecords.Raw header, List<CsvRecords.Raw> rows) {
        List<CsvRecords.Raw> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        return all;
    }
}
