package org.ogpld.model.imports.popolo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.vocabulary.FOAF;
import org.eclipse.rdf4j.model.vocabulary.OWL;
import org.eclipse.rdf4j.model.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ogpld.model.Identifier;
import org.ogpld.model.Membership;
import org.ogpld.model.Organisation;
import org.ogpld.model.Person;
import org.ogpld.model.Publication;
import org.ogpld.model.imports.Imported;
import org.ogpld.model.publish.Publisher;
import org.ogpld.model.publish.Validation;

/**
 * The National Assembly of Azerbaijan from EveryPolitician ({@code ../shared/data/everypolitician-azerbaijan/
 * ep-popolo-v1.0.json}) imports completely and strictly; the file is also read here as plain JSON to count and
 * compare, and the RDF is read back with RDF4J.
 */
class EveryPoliticianAzerbaijanTest {

    static final Path FILE = Path.of(System.getProperty("ogpld.shared"), "data", "everypolitician-azerbaijan",
            "ep-popolo-v1.0.json");
    private static final ValueFactory VF = SimpleValueFactory.getInstance();
    private static JsonNode json;
    private static Imported imported;
    private static Model rdf;

    @BeforeAll
    static void importStrictly() throws IOException {
        json = new ObjectMapper().readTree(FILE.toFile());
        imported = PopoloImporter.builder().build().read(FILE);
        rdf = PopoloGoldenTest.rdf4j(imported);
    }

    @Test
    void everyObjectOfTheFileIsImported() {
        Publication p = imported.publication();
        assertThat(p.persons()).hasSize(json.get("persons").size()).hasSize(152);
        assertThat(p.organisations()).hasSize(json.get("organizations").size()).hasSize(15);
        assertThat(p.memberships()).hasSize(json.get("memberships").size()).hasSize(249);
        assertThat(p.events()).hasSize(json.get("events").size()).hasSize(8);
        assertThat(p.places()).hasSize(json.get("areas").size()).hasSize(125);
        assertThat(imported.rejected()).isEmpty();
    }

    @Test
    void azerbaijaniNamesKeepTheirSpellingAsAzLabels() {
        for (JsonNode person : json.get("persons")) {
            IRI subject = subjectWithPopoloId(person.get("id").asText());
            Set<String> az = literals(subject, FOAF.NAME, "az");
            az.addAll(literals(subject, SKOS.ALT_LABEL, "az"));
            for (JsonNode other : person.get("other_names")) {
                if ("az".equals(other.path("lang").asText())) {
                    assertThat(az).as(person.get("name").asText()).contains(other.get("name").asText());
                }
            }
        }
        IRI talibov = VF.createIRI(PopoloGoldenTest.BASE + "id/person/" + wikidataOf("Vasif Talıbov").toLowerCase(
                Locale.ROOT));
        assertThat(literals(talibov, FOAF.NAME, "az")).containsExactly("Vasif Talıbov");
        assertThat(literals(talibov, FOAF.NAME, "en")).containsExactly("Vasif Talibov");
    }

    @Test
    void everyPersonIsMintedFromItsWikidataIdNotItsName() {
        for (Person person : imported.publication().persons()) {
            String qid = person.identifiers().stream().filter(i -> i.scheme().equals(Identifier.WIKIDATA))
                    .map(Identifier::value).findFirst().orElseThrow();
            assertThat(person.id().slug()).isEqualTo(qid.toLowerCase(Locale.ROOT));
        }
    }

    private String wikidataOf(String name) {
        return StreamSupport.stream(json.get("persons").spliterator(), false)
                .filter(p -> p.get("name").asText().equals(name)).findFirst().orElseThrow()
                .get("identifiers").findParents("scheme").stream()
                .filter(i -> i.get("scheme").asText().equals("wikidata")).findFirst().orElseThrow()
                .get("identifier").asText();
    }

    @Test
    void wikidataIdsBecomeSameAsLinks() {
        for (String collection : List.of("persons", "organizations")) {
            for (JsonNode object : json.get(collection)) {
                for (JsonNode identifier : object.get("identifiers")) {
                    if (identifier.get("scheme").asText().equals("wikidata")) {
                        IRI entity = VF.createIRI("http://www.wikidata.org/entity/" + identifier.get("identifier").asText());
                        assertThat(rdf.contains(subjectWithPopoloId(object.get("id").asText()), OWL.SAMEAS, entity))
                                .as(object.get("name").asText()).isTrue();
                    }
                }
            }
        }
        assertThat(rdf.filter(null, OWL.SAMEAS, null).size()).isEqualTo(152 + 15 + 6);
    }

    @Test
    void theImportPassesTheModelsValidation() {
        Validation validation = Publisher.builder().base(PopoloGoldenTest.BASE).build()
                .validate(imported.publication(), imported.supplement()::write);

        assertThat(validation.errors()).isEmpty();
        assertThat(validation.warnings()).allSatisfy(w -> assertThat(w.toString()).contains("schema:organizer"));
    }

    @Test
    void exportingAndImportingAgainGivesTheSamePeopleOrganisationsAndMemberships() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PopoloExporter.write(imported.publication(), out);
        JsonNode exported = new ObjectMapper().readTree(out.toByteArray());
        Publication again = PopoloImporter.builder().build()
                .read(new ByteArrayInputStream(out.toByteArray()), FILE.getFileName().toString()).publication();

        assertThat(exported.get("persons")).hasSize(152);
        assertThat(difference(again.persons(), imported.publication().persons())).isEmpty();
        // Two parties share one Wikidata item, so they are minted in their document's scope; the export is
        // another document (it does not call the legislature one), so only their ids differ.
        assertThat(difference(again.organisations(), imported.publication().organisations()))
                .extracting(o -> o.id().slug()).allMatch(slug -> slug.endsWith("-vbp") || slug.endsWith("-baxcp"));
        assertThat(difference(again.organisations().stream().map(o -> List.of(o.name(), o.identifiers())).toList(),
                imported.publication().organisations().stream().map(o -> List.of(o.name(), o.identifiers()))
                        .toList())).isEmpty();
        assertThat(memberships(again)).isEqualTo(memberships(imported.publication()));
    }

    /** What is in one list and not the other, to show only the records that differ. */
    private static <T> Set<T> difference(List<T> one, List<T> other) {
        Set<T> difference = new HashSet<>(one);
        difference.removeAll(other);
        Set<T> missing = new HashSet<>(other);
        missing.removeAll(one);
        difference.addAll(missing);
        return difference;
    }

    /**
     * Memberships as member, organisation, label and period, with ids replaced by Popolo ids, sorted: a multiset,
     * since a member's memberships of two legislative periods differ only in the period, which the supplement
     * holds.
     */
    private static List<String> memberships(Publication p) {
        Map<org.ogpld.model.Id, String> popolo = p.persons().stream().collect(Collectors.toMap(Person::id,
                x -> x.identifiers().toString()));
        p.organisations().forEach(o -> popolo.put(o.id(), o.identifiers().toString()));
        List<String> all = new java.util.ArrayList<>();
        for (Membership m : p.memberships()) {
            all.add(popolo.get(m.member()) + " " + popolo.get(m.organisation()) + " " + m.label() + " " + m.during());
        }
        java.util.Collections.sort(all);
        return all;
    }

    private static IRI subjectWithPopoloId(String id) {
        Set<IRI> subjects = rdf.filter(null, SKOS.NOTATION, VF.createLiteral(id)).subjects().stream()
                .flatMap(node -> rdf.filter(null, VF.createIRI("http://www.w3.org/ns/adms#identifier"), node)
                        .subjects().stream()).map(IRI.class::cast).collect(Collectors.toSet());
        assertThat(subjects).as("resource with Popolo id %s", id).hasSize(1);
        return subjects.iterator().next();
    }

    private static Set<String> literals(IRI subject, IRI property, String language) {
        return rdf.filter(subject, property, null).objects().stream().map(Literal.class::cast)
                .filter(l -> l.getLanguage().orElse("").equals(language)).map(Literal::getLabel)
                .collect(Collectors.toCollection(HashSet::new));
    }
}
