package org.ogpld.model.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.apache.jena.rdf.model.Model;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ogpld.model.Fixtures;
import org.ogpld.model.InvalidPublicationException;
import org.ogpld.model.Problem;
import org.ogpld.model.Publication;
import org.ogpld.model.authoring.Authored;
import org.ogpld.model.authoring.AuthoringReader;
import org.ogpld.model.authoring.Syntax;
import org.ogpld.model.rdf.PublicationMapping;
import org.ogpld.testkit.Rdf4jOracle;
import org.ogpld.vocab.Vocab;

class PublisherTest {

    /** RDF4J, given our context as a client that fetched it would have it. */
    private static final Rdf4jOracle RDF4J = Rdf4jOracle.offline().context(Vocab.CONTEXT_IRI, Vocab.context());

    static final String FILE = "round-table.yaml";
    static String example;
    private static final java.time.Instant NOW = java.time.Instant.parse("2026-12-03T10:15:30Z");
    private final Publisher publisher = Publisher.builder().base("https://data.example.org/")
            .clock(java.time.Clock.fixed(NOW, java.time.ZoneOffset.UTC)).build();

    @BeforeAll
    static void readExample() {
        example = Fixtures.roundTableYaml();
    }

    static Authored read(String yaml) {
        return new AuthoringReader().read(yaml, FILE, Syntax.YAML);
    }

    @Test
    void theSeedExampleConformsToTheShapesWithoutWarnings() {
        Validation validation = publisher.validate(read(example));

        assertThat(validation.errors()).isEmpty();
        assertThat(validation.warnings()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = RdfFormat.class, names = {"TURTLE", "NTRIPLES", "RDFXML", "JSONLD"})
    void tripleOutputParsesWithRdf4jToTheSameGraph(RdfFormat format) throws IOException {
        Authored authored = read(example);
        Model expected = new PublicationMapping(publisher.iris()).toModel(authored.publication());
        stamp(expected.getGraph(), publisher.graphName(authored.publication()));

        byte[] output = write(authored, format);

        assertThat(Rdf4jOracle.isomorphic(rio(output, format), Rdf4jOracle.of(expected))).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = RdfFormat.class, names = {"NQUADS", "TRIG"})
    void quadOutputParsesWithRdf4jToTheSameDatasetInTheNamedGraph(RdfFormat format) throws IOException {
        Authored authored = read(example);
        var expected = new PublicationMapping(publisher.iris()).toDataset(authored.publication());
        String graph = publisher.graphName(authored.publication());
        stamp(expected.getGraph(org.apache.jena.graph.NodeFactory.createURI(graph)), graph);

        var parsed = rio(write(authored, format), format);

        assertThat(Rdf4jOracle.isomorphic(parsed, Rdf4jOracle.of(expected))).isTrue();
        assertThat(parsed.contexts()).extracting(Object::toString)
                .containsExactly("https://data.example.org/graph/ogp-dialogue-platform-round-table-2017");
    }

    @ParameterizedTest
    @EnumSource(value = RdfFormat.class)
    void everyFormatReadsBackToTheSamePublication(RdfFormat format) {
        Publication publication = read(example).publication();
        byte[] output = write(read(example), format);

        Publication back = publisher.readRdf(new ByteArrayInputStream(output), format,
                publisher.graphName(publication));

        assertThat(back).isEqualTo(publication);
    }

    @Test
    void jsonLdReferencesTheVocabularyContextAndUsesItsTerms() throws IOException {
        JsonNode json = new ObjectMapper().readTree(write(read(example), RdfFormat.JSONLD));

        assertThat(json.get("@context").asText()).isEqualTo(Vocab.CONTEXT_IRI);
        JsonNode person = find(json, "https://data.example.org/id/person/alimammad-nuriyev"
                + "-ogp-dialogue-platform-round-table-2017");
        assertThat(person.get("fullName").get("az").asText()).isEqualTo("Əliməmməd Nuriyev");
        assertThat(find(json, "https://data.example.org/id/event/ogp-dialogue-platform-round-table-2017")
                .get("eventType").asText()).isEqualTo("code:event-type/round-table");
    }

    @Test
    void eventFrameEmbedsTalksAndParticipationsAndSaysOnlyWhatTheGraphSays() throws IOException {
        Publication publication = read(example).publication();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        publisher.writeFramed(publication, "event", out);

        JsonNode json = new ObjectMapper().readTree(out.toByteArray());
        JsonNode event = json.has("@graph") ? json.get("@graph").get(0) : json;
        assertThat(event.get("type").toString()).contains("PublicEvent");
        assertThat(event.get("subEvent")).hasSize(6);
        assertThat(event.get("subEvent").get(0).get("performer").isTextual()).isTrue();
        assertThat(event.get("hasParticipation")).hasSize(4).allMatch(p -> p.has("participantRole"))
                .filteredOn(p -> p.has("participantCount")).hasSize(2);
        var framed = rio(out.toByteArray(), RdfFormat.JSONLD);
        var full = Rdf4jOracle.of(new PublicationMapping(publisher.iris()).toModel(publication));
        assertThat(framed).isNotEmpty().allMatch(full::contains);
    }

    @Test
    void anInvalidPublicationWritesNothingAndNamesEveryProblem() {
        Authored broken = read(example.replace("    type: round-table\n", "").replace(
                "en: 15 representatives of various state bodies", "fr: 15 représentants de divers organismes publics"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> publisher.write(broken, RdfFormat.TURTLE, out))
                .isInstanceOfSatisfying(InvalidPublicationException.class, e -> assertThat(e.problems())
                        .extracting(Problem::path).containsExactly("events.round-table",
                                "events.round-table.participations[state-body]"));
        assertThat(out.size()).isZero();
    }

    static Stream<Arguments> brokenVariants() {
        return Stream.of(
                Arguments.of("missing speaker", "        speaker: cafarov\n", "",
                        "events.round-table.talks[1].speaker", "is required"),
                Arguments.of("unknown code", "type: round-table", "type: roundtable",
                        "events.round-table.type", "unknown code 'roundtable' in event-type"),
                Arguments.of("bad date", "{date: 2017-07-13,", "{date: 13.07.2017,",
                        "notes[0].claims[1].value.date", "'13.07.2017' is not an ISO date"),
                Arguments.of("dangling reference", "funders: [netherlands-mfa]", "funders: [netherlands]",
                        "events.round-table.funders[0]", "no organisation with key 'netherlands'"),
                Arguments.of("wrong language tag", "label: {az: Layihənin koordinatoru, en:",
                        "label: {aze_AZ: Layihənin koordinatoru, en:", "posts.project-coordinator.label.aze_AZ",
                        "'aze_AZ' is not a language tag"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenVariants")
    void brokenFilesAreRejectedWithPathAndMessageAndWriteNothing(String name, String original, String replacement,
                                                                  String path, String message, @TempDir Path dir)
            throws IOException {
        String broken = example.replace(original, replacement);
        assertThat(broken).isNotEqualTo(example);
        Path file = Files.writeString(dir.resolve(FILE), broken);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> publisher.write(file, RdfFormat.TURTLE, out))
                .isInstanceOfSatisfying(InvalidPublicationException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> {
                            assertThat(p.path()).isEqualTo(path);
                            assertThat(p.message()).contains(message);
                            assertThat(p.file()).hasValue(file.toString());
                            assertThat(p.line()).isPresent();
                        }));
        assertThat(out.size()).isZero();
        assertThat(publisher.validate(file).errors()).hasSize(1);
    }

    @Test
    void shapeViolationsPointToTheAuthoringPathAndLine() {
        String broken = example.replace("    type: round-table\n", "");

        Validation validation = publisher.validate(read(broken));

        assertThat(validation.errors()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("events.round-table");
            assertThat(p.message()).startsWith("An event needs exactly one event type (dct:type)");
            assertThat(p.file()).hasValue(FILE);
            assertThat(p.line()).hasValue(lineOf(broken, "  round-table:"));
        });
    }

    @Test
    void shapeViolationsInPartsNameTheListItem() {
        String broken = example.replace("en: 15 representatives of various state bodies",
                "fr: 15 représentants de divers organismes publics");

        Validation validation = publisher.validate(read(broken));

        assertThat(validation.errors()).extracting(Problem::path)
                .containsExactly("events.round-table.participations[state-body]");
    }

    @Test
    void unknownCodesInRecordsBuiltInCodeAreFound() {
        Validation validation = publisher.validate(Fixtures.full());

        assertThat(validation.errors()).extracting(Problem::toString)
                .contains("post/platform-coordinator: unknown code <https://w3id.org/ogp-ld/code/role/coordinator>:"
                        + " 'coordinator' is not in the role code list (org:role)");
    }

    @Test
    void recordsBuiltInCodeCannotBeWrittenWhenInvalid() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> publisher.write(Fixtures.full(), RdfFormat.NTRIPLES, out))
                .isInstanceOfSatisfying(InvalidPublicationException.class,
                        e -> assertThat(e.problems()).isNotEmpty());
        assertThat(out.size()).isZero();
    }

    private static JsonNode find(JsonNode document, String id) {
        for (JsonNode node : document.get("@graph")) {
            if (node.get("id").asText().equals(id)) {
                return node;
            }
        }
        throw new AssertionError(id + " not in the JSON-LD");
    }

    private byte[] write(Authored authored, RdfFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        publisher.write(authored, format, out);
        return out.toByteArray();
    }

    /** Parses our output with RDF4J Rio; JSON-LD reads the vocabulary context as a client that fetched it. */
    /** What the publisher adds to the mapping: when and with what the graph was generated. */
    private static void stamp(org.apache.jena.graph.Graph graph, String name) {
        var g = org.apache.jena.graph.NodeFactory.createURI(name);
        graph.add(g, org.ogpld.vocab.PROV.generatedAtTime.asNode(),
                org.apache.jena.graph.NodeFactory.createLiteralDT(NOW.toString(),
                        org.apache.jena.datatypes.xsd.XSDDatatype.XSDdateTime));
        graph.add(g, org.ogpld.vocab.OGP.generatedWith.asNode(),
                org.apache.jena.graph.NodeFactory.createLiteralString("OGP-LD " + Generation.VERSION));
    }

    static org.eclipse.rdf4j.model.Model rio(byte[] output, RdfFormat format) throws IOException {
        return switch (format) {
            case TURTLE -> RDF4J.parse(output, RDFFormat.TURTLE);
            case NTRIPLES -> RDF4J.parse(output, RDFFormat.NTRIPLES);
            case RDFXML -> RDF4J.parse(output, RDFFormat.RDFXML);
            case NQUADS -> RDF4J.parse(output, RDFFormat.NQUADS);
            case TRIG -> RDF4J.parse(output, RDFFormat.TRIG);
            case JSONLD -> RDF4J.parse(output, RDFFormat.JSONLD);
        };
    }

    static int lineOf(String text, String fragment) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].equals(fragment) || lines[i].contains(fragment) && !fragment.startsWith(" ")) {
                return i + 1;
            }
        }
        throw new AssertionError(fragment + " not found");
    }
}
