package org.ogpld.model.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.ogpld.model.Fixtures;
import org.ogpld.model.Id;
import org.ogpld.model.InvalidPublicationException;
import org.ogpld.model.Kind;
import org.ogpld.model.Problem;
import org.ogpld.model.Publication;

class AuthoringReaderTest {

    static final String FILE = "round-table.yaml";
    private final AuthoringReader reader = new AuthoringReader();

    /** People known only by name are scoped by their publication (model/README.md, minting rules). */
    private static final String SCOPE = "-ogp-dialogue-platform-round-table-2017";

    static String example() {
        return Fixtures.roundTableYaml();
    }

    @Test
    void theSeedExampleReadsWithoutProblems() throws IOException {
        Publication p = reader.read(example(), FILE, Syntax.YAML).publication();

        assertThat(p.slug()).isEqualTo("ogp-dialogue-platform-round-table-2017");
        assertThat(p.persons()).extracting(x -> x.id().slug()).containsExactly(
                "alimammad-nuriyev" + SCOPE, "kamal-cafarov" + SCOPE, "rana-safaraliyeva" + SCOPE,
                "sabit-bagirov" + SCOPE, "zaur-ibrahimli" + SCOPE);
        assertThat(p.persons().get(2).honorificPrefix()).hasValueSatisfying(t -> assertThat(t.en()).hasValue("Dr."));
        assertThat(p.events()).singleElement().satisfies(e -> {
            assertThat(e.talks()).hasSize(6);
            assertThat(e.talks().get(1).speakerPosts()).hasSize(2);
            assertThat(e.participantCount()).hasValue(59);
            assertThat(e.startDate()).map(d -> d.value().orElseThrow().toString()).hasValue("2017-07");
        });
        assertThat(p.notes()).singleElement().satisfies(n -> assertThat(n.claims()).hasSize(2));
        assertThat(p.studies().get(0).observations()).hasSize(6);
    }

    @Test
    void jsonAndYamlGiveTheSamePublication() throws IOException {
        String json = new ObjectMapper().writeValueAsString(new YAMLMapper().readTree(example()));

        Publication fromJson = reader.read(json, "round-table.json", Syntax.JSON).publication();

        assertThat(fromJson).isEqualTo(reader.read(example(), FILE, Syntax.YAML).publication());
    }

    @Test
    void originsPointAtEachResourcesKey() throws IOException {
        Authored authored = reader.read(example(), FILE, Syntax.YAML);

        Authored.Origin origin = authored.origins().get(Id.of(Kind.PERSON, "alimammad-nuriyev" + SCOPE));

        assertThat(origin.path()).isEqualTo("persons.nuriyev");
        assertThat(origin.line()).isEqualTo(lineOf(example(), "  nuriyev:"));
    }

    @Test
    void aMissingSpeakerIsReportedWithPathAndLine() throws IOException {
        String broken = example().replace("        speaker: cafarov\n", "");

        Problem problem = single(broken);

        assertThat(problem.path()).isEqualTo("events.round-table.talks[1].speaker");
        assertThat(problem.message()).isEqualTo("is required");
        assertThat(problem.file()).hasValue(FILE);
        assertThat(problem.line()).isEqualTo(OptionalInt.of(lineOf(broken, "Azerbaijan's participation") - 0));
    }

    @Test
    void anUnknownCodeIsReportedWithASuggestion() throws IOException {
        String broken = example().replace("type: round-table", "type: round-tabel");

        Problem problem = single(broken);

        assertThat(problem.path()).isEqualTo("events.round-table.type");
        assertThat(problem.message()).contains("unknown code 'round-tabel' in event-type")
                .contains("did you mean 'round-table'?");
        assertThat(problem.line()).hasValue(lineOf(broken, "type: round-tabel"));
    }

    @Test
    void aBadDateIsReported() throws IOException {
        String broken = example().replace("issued: {date: 2017-07-28,", "issued: {date: 2017-07-32,");

        Problem problem = single(broken);

        assertThat(problem.path()).isEqualTo("documents.press-release.issued.date");
        assertThat(problem.message()).contains("'2017-07-32' is not a valid date");
        assertThat(problem.line()).hasValue(lineOf(broken, "2017-07-32"));
    }

    @Test
    void aDanglingReferenceIsReported() throws IOException {
        String broken = example().replace("venue: holiday-inn", "venue: hilton");

        Problem problem = single(broken);

        assertThat(problem.path()).isEqualTo("events.round-table.venue");
        assertThat(problem.message()).isEqualTo("no place with key 'hilton'");
    }

    @Test
    void aReferenceToTheWrongKindIsReported() throws IOException {
        String broken = example().replace("organisers: [epf]", "organisers: [nuriyev]");

        assertThat(single(broken).message()).isEqualTo(
                "'nuriyev' is a person (persons.nuriyev), expected a organisation");
    }

    @Test
    void aWrongLanguageTagIsReported() throws IOException {
        String broken = example().replace("name: {az: Əliməmməd Nuriyev,", "name: {ax: Əliməmməd Nuriyev,");

        Problem problem = single(broken);

        assertThat(problem.path()).isEqualTo("persons.nuriyev.name.ax");
        assertThat(problem.message()).contains("'ax' is not a language tag");
    }

    @Test
    void textWithoutALanguageIsRefused() throws IOException {
        String broken = example().replace("label: {az: Platforma üzvü, en: Member of the Platform}",
                "label: Platforma üzvü");

        assertThat(single(broken).message()).startsWith("text needs its language, e.g. {az: \"Platforma üzvü\"}");
    }

    @Test
    void everyProblemIsReportedAtOnce() throws IOException {
        String broken = example().replace("type: round-table", "type: round-tabel")
                .replace("venue: holiday-inn", "venue: hilton")
                .replace("        speaker: cafarov\n", "")
                .replace("    givenName: {az: Kamal, en: Kamal}", "    givenNmae: {az: Kamal, en: Kamal}");

        List<Problem> problems = problems(broken);

        assertThat(problems).extracting(Problem::path).containsExactlyInAnyOrder("persons.cafarov.givenNmae",
                "events.round-table.type", "events.round-table.venue", "events.round-table.talks[1].speaker");
        assertThat(problems).filteredOn(p -> p.path().endsWith("givenNmae")).singleElement()
                .extracting(Problem::message).isEqualTo("unknown field 'givenNmae'; did you mean 'givenName'?");
    }

    @Test
    void keysAreUniqueAcrossSections() throws IOException {
        String broken = example().replace("  holiday-inn:\n    kind: hotel", "  epf:\n    kind: hotel")
                .replace("venue: holiday-inn", "venue: epf");

        assertThat(problems(broken)).extracting(Problem::message)
                .contains("key 'epf' is already used at organisations.epf; keys must be unique in the file");
    }

    @Test
    void syntaxErrorsNameTheLine() {
        assertThatThrownBy(() -> reader.read("publication:\n  title: [unclosed\n", "x.yaml", Syntax.YAML))
                .isInstanceOfSatisfying(InvalidPublicationException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> {
                            assertThat(p.message()).startsWith("not valid YAML");
                            assertThat(p.line()).isPresent();
                        }));
    }

    @Test
    void duplicateKeysAreRefused() {
        assertThatThrownBy(() -> reader.read("persons:\n  a: {name: {az: A}}\n  a: {name: {az: B}}\n", "x.yaml",
                Syntax.YAML)).isInstanceOfSatisfying(InvalidPublicationException.class,
                e -> assertThat(e.problems().get(0).message()).contains("Duplicate field 'a'"));
    }

    private Problem single(String yaml) {
        List<Problem> problems = problems(yaml);
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }

    private List<Problem> problems(String yaml) {
        try {
            reader.read(yaml, FILE, Syntax.YAML);
        } catch (InvalidPublicationException e) {
            return e.problems();
        }
        throw new AssertionError("expected problems");
    }

    static int lineOf(String text, String fragment) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(fragment)) {
                return i + 1;
            }
        }
        throw new AssertionError(fragment + " not found");
    }
}
