package org.ogpld.model.imports.popolo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ogpld.model.Iris;
import org.ogpld.model.imports.ImportException;
import org.ogpld.model.imports.ImportProblem;
import org.ogpld.model.imports.Imported;
import org.ogpld.testkit.Rdf4jOracle;

/**
 * Golden tests against the Popolo specification's paired examples ({@code ../shared/data/popolo/examples/X.json}
 * with its RDF twin {@code X.ttl}): our import of each JSON is compared, term by term, with the Turtle, the Turtle
 * read by RDF4J. {@link GoldenCases} states which Popolo term maps to which of our terms, which terms are not
 * shared (and why), and where the example Turtle itself disagrees with its JSON.
 */
class PopoloGoldenTest {

    static final Path EXAMPLES = Path.of(System.getProperty("ogpld.shared"), "data", "popolo", "examples");
    static final String BASE = "https://data.example.org/";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyPairOfExamplesHasAGoldenCaseOrAStatedReasonWhyNot() throws IOException {
        Set<String> pairs;
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            pairs = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - 5))
                    .filter(n -> Files.exists(EXAMPLES.resolve(n + ".ttl"))).collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> covered = new TreeSet<>(GoldenCases.compared().keySet());
        covered.addAll(GoldenCases.NOT_MODELLED.keySet());
        assertThat(covered).isEqualTo(pairs).hasSize(14);
    }

    static Stream<String> comparedExamples() {
        return GoldenCases.compared().keySet().stream();
    }

    @ParameterizedTest
    @MethodSource("comparedExamples")
    void ourImportAgreesWithTheTurtleOnEverySharedTerm(String example) throws IOException {
        GoldenCases.Case golden = GoldenCases.compared().get(example);
        Imported imported = PopoloImporter.builder().lenient(true).build().read(
                new ByteArrayInputStream(document(golden).getBytes(StandardCharsets.UTF_8)), example + ".json");
        assertThat(imported.rejected()).extracting(ImportProblem::field)
                .map(f -> f.orElse("")).containsExactlyInAnyOrderElementsOf(golden.reportedReferences());
        Model ours = rdf4j(imported);
        Model theirs = turtle(example, golden.missingPrefixes());
        Resource ourSubject = golden.ourSubject().apply(ours);
        Resource theirSubject = golden.theirSubject().apply(theirs);

        for (GoldenCases.Term term : golden.terms()) {
            Set<String> ourValues = GoldenCases.values(ours, ourSubject, term.ours());
            Set<String> theirValues = GoldenCases.values(theirs, theirSubject, term.theirs());
            assertThat(ourValues).as("%s: %s (ours %s)", example, term.popolo(), term.ours()).isNotEmpty();
            switch (term.comparison()) {
                case EQUAL -> assertThat(ourValues).as("%s: %s", example, term.popolo()).isEqualTo(theirValues);
                case OURS_CONTAIN_THEIRS -> assertThat(ourValues).as("%s: %s", example, term.popolo())
                        .containsAll(theirValues);
                case TURTLE_FLAW -> {
                    assertThat(ourValues).as("%s: %s from the JSON", example, term.popolo())
                            .containsExactlyInAnyOrderElementsOf(term.jsonValues());
                    assertThat(theirValues).as("%s: %s in the Turtle (flawed)", example, term.popolo())
                            .isNotEqualTo(ourValues).isNotEmpty();
                }
            }
        }
    }

    @Test
    void legislativeVotingCollectionsAreReportedAsNotImported() throws IOException {
        ObjectNode document = JSON.createObjectNode();
        document.putArray("motions").add(JSON.readTree(EXAMPLES.resolve("motion.json").toFile()));

        assertThatThrownBy(() -> PopoloImporter.builder().build().read(
                new ByteArrayInputStream(document.toString().getBytes(StandardCharsets.UTF_8)), "motions.json"))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("motions (legislative voting) are not imported");
    }

    /** The example objects of a case, each in its Popolo collection. */
    private static String document(GoldenCases.Case golden) throws IOException {
        ObjectNode document = JSON.createObjectNode();
        for (Map.Entry<String, List<String>> collection : golden.documents().entrySet()) {
            for (String file : collection.getValue()) {
                var object = JSON.readTree(EXAMPLES.resolve(file + ".json").toFile());
                if (file.equals("contact_detail")) {
                    ObjectNode person = JSON.createObjectNode().put("id", "holder").put("name", "Holder");
                    person.putArray("contact_details").add(object);
                    object = person;
                }
                ((com.fasterxml.jackson.databind.node.ArrayNode) document.withArray(collection.getKey())).add(object);
            }
        }
        return document.toString();
    }

    static Model rdf4j(Imported imported) {
        return Rdf4jOracle.of(imported.toModel(new Iris(BASE)));
    }

    /** The example's Turtle, with the prefixes it uses without declaring (a flaw of the fixture) declared first. */
    private static Model turtle(String example, Map<String, String> missingPrefixes) throws IOException {
        String declared = missingPrefixes.entrySet().stream()
                .map(e -> "@prefix " + e.getKey() + ": <" + e.getValue() + "> .\n").collect(Collectors.joining());
        String text = declared + Files.readString(EXAMPLES.resolve(example + ".ttl"), StandardCharsets.UTF_8);
        return Rio.parse(new StringReader(text), "", RDFFormat.TURTLE);
    }

    static boolean isA(Model model, Resource subject, IRI type) {
        return model.contains(subject, RDF.TYPE, type);
    }

    static String lexical(Value value) {
        return value instanceof Literal literal ? literal.getLabel() : value.stringValue();
    }
}
