package org.ogpld.model.imports.popolo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.ogpld.model.Id;
import org.ogpld.model.Organisation;
import org.ogpld.model.Person;
import org.ogpld.model.imports.Imported;

/** Popolo ids are scoped to their source: namesakes in two documents stay two, one document gives one set of ids. */
class PopoloIdentityTest {

    private static final String FILE = "ep-popolo-v1.0.json";

    @Test
    void namesakesInTwoLegislaturesAreTwoPeopleAndTwoParties() throws IOException {
        Imported ireland = read(document("Dáil Éireann", "dail", "Geoff Smith"));
        Imported victoria = read(document("Parliament of Victoria", "vic", "Geoff Smith"));

        Set<Id> people = ids(ireland.publication().persons().stream().map(Person::id),
                victoria.publication().persons().stream().map(Person::id));
        Set<Id> parties = ids(ireland.publication().organisations().stream().filter(o -> o.name().en()
                .orElse("").equals("Socialist Party")).map(Organisation::id), victoria.publication().organisations()
                .stream().filter(o -> o.name().en().orElse("").equals("Socialist Party")).map(Organisation::id));

        assertThat(people).hasSize(2);
        assertThat(parties).hasSize(2);
    }

    @Test
    void namesakesInTwoDocumentsWithoutALegislatureAreTwoPeople() throws IOException {
        String one = "{\"persons\": [{\"id\": \"1\", \"name\": \"Geoff Smith\"}]}";
        String other = "{\"persons\": [{\"id\": \"1\", \"name\": \"Geoff Smith\", \"birth_date\": \"1960\"}]}";

        assertThat(ids(read(one).publication().persons().stream().map(Person::id),
                read(other).publication().persons().stream().map(Person::id))).hasSize(2);
    }

    @Test
    void importingTheSameFileTwiceGivesTheSameIds() throws IOException {
        byte[] bytes = Files.readAllBytes(EveryPoliticianAzerbaijanTest.FILE);
        Imported first = PopoloImporter.builder().build().read(new ByteArrayInputStream(bytes), FILE);
        Imported second = PopoloImporter.builder().build().read(new ByteArrayInputStream(bytes), FILE);

        assertThat(second.publication().ids()).hasSizeGreaterThan(500)
                .containsExactlyInAnyOrderElementsOf(first.publication().ids());
        assertThat(second.publication().slug()).isEqualTo(first.publication().slug());
    }

    @Test
    void twoDifferentFilesOfOneNameAreTwoSourcesInTwoGraphs() throws IOException {
        Imported estonia = read(document("Riigikogu", "riigikogu", "Mart Tamm"));
        Imported zimbabwe = read(document("National Assembly", "zw-na", "Tendai Moyo"));
        Imported zimbabweAgain = read(document("National Assembly", "zw-na", "Tendai Moyo"));

        assertThat(estonia.publication().slug()).isNotEqualTo(zimbabwe.publication().slug())
                .startsWith("popolo-riigikogu-");
        assertThat(zimbabweAgain.publication().slug()).isEqualTo(zimbabwe.publication().slug());
    }

    private static String document(String legislature, String legislatureId, String person) {
        return """
                {"persons": [{"id": "p1", "name": "%s"}],
                 "organizations": [{"id": "%s", "name": "%s", "classification": "legislature"},
                                   {"id": "party/socialist", "name": "Socialist Party", "classification": "party"}],
                 "memberships": [{"person_id": "p1", "organization_id": "%s", "on_behalf_of_id": "party/socialist"}]}
                """.formatted(person, legislatureId, legislature, legislatureId);
    }

    private static Imported read(String json) throws IOException {
        return PopoloImporter.builder().build().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                FILE);
    }

    @SafeVarargs
    private static Set<Id> ids(java.util.stream.Stream<Id>... streams) {
        return java.util.Arrays.stream(streams).flatMap(s -> s).collect(Collectors.toSet());
    }
}
