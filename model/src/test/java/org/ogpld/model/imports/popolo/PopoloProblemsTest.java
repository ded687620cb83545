package org.ogpld.model.imports.popolo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ogpld.model.Person;
import org.ogpld.model.imports.ImportException;
import org.ogpld.model.imports.ImportProblem;
import org.ogpld.model.imports.Imported;

/** Bad Popolo input: problems name the file, the object's path and the value; lenient mode keeps what it can. */
class PopoloProblemsTest {

    private static final String DOCUMENT = """
            {"persons": [
               {"id": "p1", "name": "Əli Kərimli", "birth_date": "1965-13-01"},
               {"id": "p2", "other_names": [{"name": "Nameless", "lang": "en"}]}],
             "organizations": [{"id": "o1", "name": "Milli Məclis", "classification": "legislature"}],
             "memberships": [
               {"person_id": "p1", "organization_id": "o1", "start_date": "2015-12-01"},
               {"person_id": "p9", "organization_id": "o1"}]}
            """;

    @Test
    void strictImportListsEveryProblemWithItsPathAndImportsNothing() {
        assertThatThrownBy(() -> read(DOCUMENT, false)).isInstanceOfSatisfying(ImportException.class, e -> {
            assertThat(e.problems()).extracting(p -> p.field().orElse(p.record())).containsExactlyInAnyOrder(
                    "persons[0].birth_date", "persons[1].name", "memberships[1].person_id");
            assertThat(e.problems()).allSatisfy(p -> assertThat(p.source()).isEqualTo("assembly.json"));
            assertThat(e.problems().toString()).contains("value 'p9'", "no person", "value '1965-13-01'");
        });
    }

    @Test
    void lenientImportDropsBadFieldsAndObjectsThatCannotStandAndReportsThem() throws IOException {
        Imported imported = read(DOCUMENT, true);

        assertThat(imported.publication().persons()).singleElement().satisfies(p -> {
            assertThat(p.name().az()).contains("Əli Kərimli");
            assertThat(p.birthDate()).isEmpty();
        });
        assertThat(imported.publication().memberships()).hasSize(1);
        assertThat(imported.rejected()).extracting(ImportProblem::record)
                .containsExactlyInAnyOrder("persons[0]", "persons[1]", "memberships[1]");
    }

    @Test
    void brokenJsonAndRepeatedIdsAreRejectedAndUnknownCollectionsAreWarnings() throws IOException {
        assertThatThrownBy(() -> read("{\"persons\": [", false)).isInstanceOf(ImportException.class)
                .hasMessageContaining("not JSON");
        assertThatThrownBy(() -> read("{\"persons\": [{\"id\": \"a\", \"name\": \"A\"}, {\"id\": \"a\", \"name\": \"B\"}]}",
                false)).hasMessageContaining("another person has the same id");
        assertThat(read("{\"people\": []}", false).warnings()).singleElement().asString()
                .contains("document.people", "unknown Popolo collection");
        assertThatThrownBy(() -> read("[]", false)).hasMessageContaining("expected a Popolo document");
    }

    @Test
    void aLegislativePeriodMembershipLinksItsPartyAreaAndPeriod() throws IOException {
        String json = """
                {"persons": [{"id": "p", "name": "Vasif Talıbov"}],
                 "organizations": [{"id": "na", "name": "National Assembly"}, {"id": "YAP", "name": "Yeni Azərbaycan Partiyası"}],
                 "areas": [{"id": "1", "name": "Şərur-Sədərək seçki dairəsi", "type": "constituency"}],
                 "events": [{"id": "term/5", "name": "V çağırış", "classification": "legislative period", "start_date": "2015-12-01"}],
                 "memberships": [{"person_id": "p", "organization_id": "na", "on_behalf_of_id": "YAP", "area_id": "1",
                                  "legislative_period_id": "term/5", "role": "member"}]}
                """;
        Imported imported = read(json, false);

        String membershipSlug = imported.publication().memberships().get(0).id().slug();
        assertThat(membershipSlug).matches("popolo-[0-9a-f]{8}-c-[0-9a-f]{8}");
        assertThat(imported.publication().persons()).extracting(Person::id)
                .extracting(id -> id.slug()).singleElement().asString().matches("popolo-[0-9a-f]{8}-p");
        var model = PopoloGoldenTest.rdf4j(imported);
        var membership = org.eclipse.rdf4j.model.impl.SimpleValueFactory.getInstance()
                .createIRI(PopoloGoldenTest.BASE + "id/membership/" + membershipSlug);
        assertThat(GoldenCases.values(model, membership, List.of("opengov:onBehalfOf"))).containsExactly("YAP");
        assertThat(GoldenCases.values(model, membership, List.of("opengov:area", "schema:name")))
                .containsExactly("Şərur-Sədərək seçki dairəsi");
        assertThat(GoldenCases.values(model, membership, List.of("dct:temporal", "schema:startDate")))
                .containsExactly("2015-12-01");
        assertThat(GoldenCases.values(model, membership, List.of("org:role", "skos:prefLabel")))
                .containsExactly("member");
    }

    private static Imported read(String json, boolean lenient) throws IOException {
        return PopoloImporter.builder().lenient(lenient).build()
                .read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "assembly.json");
    }
}
