package org.ogpld.model.imports.popolo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;
import org.ogpld.model.Iris;
import org.ogpld.model.imports.ImportProblem;
import org.ogpld.model.imports.Imported;
import org.ogpld.model.publish.Publisher;
import org.ogpld.model.publish.Validation;

/**
 * Real Popolo files get in: every date at the precision the file gives it (EveryPolitician's Kenya file dates a
 * membership "2016", another "2016-05"), and what publishes nothing wrong (an extra top-level collection, an image URL
 * with brackets in its path) is a warning naming the JSON path and the value, even in strict mode.
 */
class PopoloRealFilesTest {

    private static final String BEGINNING = "?m <http://www.w3.org/ns/org#memberDuring>/"
            + "<http://www.w3.org/2006/time#hasBeginning> ?i . ?i ?p ?date";
    private static final String END = "?m <http://www.w3.org/ns/org#memberDuring>/"
            + "<http://www.w3.org/2006/time#hasEnd> ?i . ?i ?p ?date";
    private static final String KENYA_STYLE = """
            {"persons": [{"id": "p1", "name": "Jane Wanjiru", "birth_date": "1970",
                          "image": "https://example.org/photos/wanjiru[1].jpg"}],
             "organizations": [{"id": "o1", "name": "National Assembly", "classification": "legislature",
                                "founding_date": "1963-06"}],
             "events": [{"id": "term-12", "name": "12th Parliament", "classification": "legislative period",
                         "start_date": "2017-08-31T10:00:00+03:00", "end_date": "2022"}],
             "memberships": [{"person_id": "p1", "organization_id": "o1", "start_date": "2016"},
                             {"person_id": "p1", "organization_id": "o1", "start_date": "2016-05",
                              "end_date": "2017-08-08"}],
             "contact_details_types": [{"id": "twitter"}]}""";

    @Test
    void aKenyaStyleFileImportsStrictlyWithEachDateAtItsPrecisionAndConformsToTheShapes() throws IOException {
        Imported imported = read(KENYA_STYLE, false);
        Model model = imported.toModel(new Iris("https://data.example.org/"));

        assertThat(imported.rejected()).isEmpty();
        Validation validation = Publisher.builder().base("https://data.example.org/").build()
                .validate(imported.publication(), imported.supplement()::write);
        assertThat(validation.errors()).isEmpty();
        assertThat(datatypes(model, BEGINNING))
                .containsEntry("2016", "gYear").containsEntry("2016-05", "gYearMonth");
        assertThat(datatypes(model, END))
                .containsExactlyEntriesOf(Map.of("2017-08-08", "date"));
        assertThat(datatypes(model, "?e a <http://data.europa.eu/m8g/PublicEvent> ; ?p ?date"))
                .containsEntry("2017-08-31T10:00:00+03:00", "dateTime").containsEntry("2022", "gYear");
        assertThat(datatypes(model, "?person <https://schema.org/birthDate> ?date")).containsExactlyEntriesOf(
                Map.of("1970", "gYear"));
    }

    @Test
    void anExtraCollectionAndABracketedImageUrlAreWarningsWithTheirJsonPathAndValue() throws IOException {
        Imported imported = read(KENYA_STYLE, false);

        assertThat(imported.warnings()).extracting(ImportProblem::field).extracting(f -> f.orElseThrow())
                .containsExactlyInAnyOrder("document.contact_details_types", "persons[0].image");
        assertThat(imported.warnings()).filteredOn(w -> w.field().orElseThrow().equals("persons[0].image"))
                .singleElement().satisfies(w -> {
                    assertThat(w.value()).hasValue("https://example.org/photos/wanjiru[1].jpg");
                    assertThat(w.message()).contains("https://example.org/photos/wanjiru%5B1%5D.jpg");
                });
        assertThat(imported.toModel(new Iris("https://data.example.org/")).listObjects()
                .filterKeep(o -> o.toString().endsWith("wanjiru%5B1%5D.jpg")).toList()).hasSize(1);
    }

    @Test
    void aDateThatIsNoDateIsLeftOutInLenientModeNamingItsPathAndValue() throws IOException {
        Imported imported = read(KENYA_STYLE.replace("\"start_date\": \"2016-05\"", "\"start_date\": \"2016-13\""),
                true);

        assertThat(imported.rejected()).singleElement().satisfies(problem -> {
            assertThat(problem.field()).hasValue("memberships[1].start_date");
            assertThat(problem.value()).hasValue("2016-13");
            assertThat(problem.warning()).isFalse();
        });
        assertThat(imported.publication().memberships()).hasSize(2);
    }

    @Test
    void aShapeViolationInAnImportNamesTheJsonPathNotAnInternalIri() throws IOException {
        Imported imported = read(KENYA_STYLE.replace("\"end_date\": \"2017-08-08\"", "\"end_date\": \"2015-01-01\""),
                false);

        Validation validation = Publisher.builder().base("https://data.example.org/").build().validate(imported);

        assertThat(validation.errors()).singleElement().asString()
                .startsWith("kenya.json: memberships[1].during")
                .contains("2015-01-01", "before the start date")
                .doesNotContain("https://data.example.org/", "membership/");
    }

    private static Map<String, String> datatypes(Model model, String pattern) {
        Map<String, String> found = new TreeMap<>();
        try (QueryExecution exec = QueryExecution.model(model).query("SELECT ?date WHERE { " + pattern
                + " FILTER(isLiteral(?date) && STRSTARTS(STR(DATATYPE(?date)), \"http://www.w3.org/2001/XMLSchema#\")"
                + " && DATATYPE(?date) != <http://www.w3.org/2001/XMLSchema#string>) }").build()) {
            exec.execSelect().forEachRemaining(row -> found.put(row.getLiteral("date").getLexicalForm(),
                    row.getLiteral("date").getDatatypeURI().replace("http://www.w3.org/2001/XMLSchema#", "")));
        }
        return found;
    }

    private static Imported read(String json, boolean lenient) throws IOException {
        return PopoloImporter.builder().lenient(lenient).build()
                .read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "kenya.json");
    }
}
