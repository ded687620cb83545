package org.ogpld.model.imports.ogp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ogpld.model.Iris;
import org.ogpld.model.imports.Imported;

/**
 * The columns researchers use are kept: OGP's row id, the website update (0 is "not updated", a statement), the
 * IRM-based score, the binding constraint and the dashboard flags; a date that is no day of the calendar is a
 * warning with its line, not a rejection.
 */
class OgpResearchColumnsTest {

    private static final String PREFIX = "PREFIX ogp: <https://w3id.org/ogp-ld/ns#> "
            + "PREFIX dct: <http://purl.org/dc/terms/> PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> "
            + "PREFIX prov: <http://www.w3.org/ns/prov#> ";
    private static Model model;

    @BeforeAll
    static void importTheRealSheet() throws IOException {
        model = OgpCommitmentsImporter.strict().read(OgpCommitmentsImporterTest.CSV)
                .toModel(new Iris("https://data.example.org/"));
    }

    @Test
    void rowIdAndWebsiteUpdateAreKeptAndZeroSaysNotUpdated() {
        assertThat(select("SELECT ?id ?on WHERE { ?c dct:identifier 'AL0050' ; ogp:ogpRowId ?id ; "
                + "ogp:updatedOnWebsite true ; ogp:websiteUpdateDate ?on }")).containsExactly("63 2019-09-05");
        assertThat(select("SELECT (COUNT(?c) AS ?n) WHERE { ?c ogp:updatedOnWebsite false }")).containsExactly("501");
        assertThat(select("SELECT (COUNT(?c) AS ?n) WHERE { ?c ogp:updatedOnWebsite true ; ogp:websiteUpdateDate ?d }"))
                .containsExactly("55");
        assertThat(select("SELECT (COUNT(?s) AS ?n) WHERE { ?s rdf:predicate ogp:updatedOnWebsite ; prov:value 'NA' }"))
                .containsExactly("2");
        assertThat(select("SELECT (COUNT(DISTINCT ?id) AS ?n) WHERE { ?c ogp:ogpRowId ?id }")).containsExactly("558");
    }

    @Test
    void theIrmBasedScoreBindingConstraintAndFlagsAreOnTheAssessment() {
        assertThat(select("SELECT ?score ?constraint WHERE { ?c dct:identifier 'AL0002' ; ogp:assessment ?a . "
                + "?a ogp:irmBasedScore ?score ; ogp:bindingConstraint ?constraint }")).containsExactly("4 PotImp");
        assertThat(select("SELECT (COUNT(?a) AS ?n) WHERE { ?a ogp:maxStar false }")).containsExactly("199");
        assertThat(select("SELECT (COUNT(?a) AS ?n) WHERE { ?a ogp:maxStar true }")).containsExactly("36");
        assertThat(select("SELECT (COUNT(?s) AS ?n) WHERE { ?s rdf:predicate ogp:maxStar ; prov:value 'ND' }"))
                .containsExactly("309");
        assertThat(select("SELECT (COUNT(?a) AS ?n) WHERE { ?a ogp:highAmbition false }")).containsExactly("123");
        assertThat(select("SELECT (COUNT(?a) AS ?n) WHERE { ?a ogp:highDidItOpenGovernment ?v }"))
                .containsExactly("558");
        assertThat(select("SELECT (COUNT(?a) AS ?n) WHERE { ?a ogp:starredMostRecentlyAssessed true }"))
                .containsExactly("70");
        assertThat(select("SELECT (COUNT(?a) AS ?n) WHERE { ?a ogp:mostRecentlyAssessed false }"))
                .containsExactly("448");
    }

    @Test
    void anInstitutionCellThatIsAStatementIsKeptAsTextNotMintedAsAnInstitution() {
        assertThat(select("SELECT ?text WHERE { ?c ogp:leadInstitutionStatement ?text "
                + "FILTER(CONTAINS(?text, 'upon the proposal')) }")).singleElement().asString()
                .startsWith("Government of the Republic of Croatia");
        assertThat(select("SELECT ?o WHERE { ?c ogp:leadInstitution ?o . ?o ?p ?name "
                + "FILTER(isLiteral(?name) && CONTAINS(STR(?name), 'upon the proposal')) }")).isEmpty();
    }

    @Test
    void aDateThatIsNoDayOfTheCalendarIsAWarningWithItsLine() throws IOException {
        String sheet = Files.readString(OgpCommitmentsImporterTest.CSV, StandardCharsets.UTF_8)
                .replaceFirst(",1/1/2018,", ",2015-13-01,");

        Imported imported = OgpCommitmentsImporter.strict().read(new StringReader(sheet), "sheet.csv");

        assertThat(imported.rejected()).isEmpty();
        assertThat(imported.warnings()).singleElement().satisfies(w -> {
            assertThat(w.line()).isGreaterThan(1);
            assertThat(w.field()).hasValueSatisfying(f -> assertThat(f).endsWith("Date"));
            assertThat(w.value()).hasValue("2015-13-01");
            assertThat(w.toString()).startsWith("sheet.csv:" + w.line() + ": record ");
        });
    }

    @Test
    void aShapeViolationInTheSheetNamesItsLineAndRecordNotAnInternalIri() throws IOException {
        String sheet = Files.readString(OgpCommitmentsImporterTest.CSV, StandardCharsets.UTF_8)
                .replaceFirst(",1/1/2018,", ",1/1/2030,");
        Imported imported = OgpCommitmentsImporter.strict().read(new StringReader(sheet), "sheet.csv");

        var errors = org.ogpld.model.publish.Publisher.builder().base("https://data.example.org/").build()
                .validate(imported).errors();

        assertThat(errors).singleElement().asString().startsWith("sheet.csv:5: record 4")
                .contains("2030-01-01", "before the start date").doesNotContain("https://data.example.org/");
    }

    private static List<String> select(String query) {
        List<String> rows = new ArrayList<>();
        try (QueryExecution exec = QueryExecution.model(model).query(PREFIX + query).build()) {
            exec.execSelect().forEachRemaining(row -> {
                List<String> values = new ArrayList<>();
                row.varNames().forEachRemaining(v -> values.add(row.get(v).isLiteral()
                        ? row.getLiteral(v).getLexicalForm() : row.get(v).toString()));
                rows.add(String.join(" ", values));
            });
        }
        return rows;
    }
}
