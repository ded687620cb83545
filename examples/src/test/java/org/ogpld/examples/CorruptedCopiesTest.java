package org.ogpld.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.update.UpdateAction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ogpld.model.Iris;
import org.ogpld.model.imports.ogp.OgpCommitmentsImporter;
import org.ogpld.model.publish.RdfFormat;
import org.ogpld.vocab.OGP;
import org.ogpld.vocab.Vocab;

/**
 * Copies of the published seed and of the imported OGP sheet, each corrupted in one way, are caught by the
 * vocabulary's shapes alone: a violation on the corrupted resource, from the shape that states the rule, with a
 * message that names the resource or the value.
 */
class CorruptedCopiesTest {

    private static final String PREFIXES = """
            PREFIX cv: <http://data.europa.eu/m8g/>
            PREFIX dct: <http://purl.org/dc/terms/>
            PREFIX ogp: <https://w3id.org/ogp-ld/ns#>
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX qb: <http://purl.org/linked-data/cube#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX schema: <https://schema.org/>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX code: <https://w3id.org/ogp-ld/code/>
            """;
    private static final String ID = "https://w3id.org/ogp-ld/id/";
    private static final String EVENT = ID + "event/ogp-dialogue-platform-round-table-2017";
    private static final String STUDY = ID + "study/asan-principles-monitoring-2017";
    private static final String PROGRAMME = ID + "organisation/human-rights-democratisation-good-governance-programme";
    private static final String GRAPH = "https://w3id.org/ogp-ld/graph/ogp-dialogue-platform-round-table-2017";
    private static final String SHEET_BASE = "https://data.example.org/";
    /** Stands for the copy's own source graph, whatever its importer names it. */
    private static final String SOURCE_GRAPH = "the source graph";
    private static Model seed;
    private static Model sheet;

    @BeforeAll
    static void readTheSeedAndImportTheSheet() throws IOException {
        seed = ModelFactory.createDefaultModel();
        try (InputStream in = SeedFiles.open(RdfFormat.TURTLE)) {
            RDFDataMgr.read(seed, in, Lang.TURTLE);
        }
        sheet = OgpCommitmentsImporter.strict().read(Path.of(System.getProperty("ogpld.shared"), "data",
                "ogp-commitments", "open_parliament_0703.csv")).toModel(new Iris(SHEET_BASE));
    }

    @Test
    void theUncorruptedCopiesHaveNoViolations() {
        assertThat(violations(seed)).isEmpty();
        assertThat(violations(sheet)).isEmpty();
    }

    static Stream<Arguments> seedCorruptions() {
        return Stream.of(
                Arguments.of("an end date before its start date", """
                        INSERT { ?e schema:endDate "2017-06-30"^^xsd:date } WHERE { ?e a cv:PublicEvent }""",
                        EVENT, "DatedShape", "before the start date"),
                Arguments.of("a plan's period ending before it starts", """
                        DELETE { ?p schema:endDate ?end } INSERT { ?p schema:endDate "2016"^^xsd:gYear }
                        WHERE { ?p schema:creativeWorkStatus "Draft" ; schema:endDate ?end }""",
                        ID + "document/ogp-platform-strategic-plan-2017-2020", "DatedShape", "before the start date"),
                Arguments.of("a total of participants below the sum of its categories", """
                        DELETE { ?e ogp:participantCount ?n } INSERT { ?e ogp:participantCount 20 }
                        WHERE { ?e a cv:PublicEvent ; ogp:participantCount ?n }""",
                        EVENT, "EventShape", "below the sum of its categories"),
                Arguments.of("an organisation as a speaker", """
                        DELETE { ?talk schema:performer ?p } INSERT { ?talk schema:performer ?org }
                        WHERE { ?talk schema:position 1 ; schema:performer ?p . ?org a schema:NGO }""",
                        EVENT + "#talk-1", "TalkShape", "person:Person"),
                Arguments.of("a person as an organiser", """
                        INSERT { ?e schema:organizer ?p } WHERE { ?e a cv:PublicEvent .
                            ?p a <http://www.w3.org/ns/person#Person> }""",
                        EVENT, "EventShape", "org:Organization"),
                Arguments.of("a person as a funder", """
                        DELETE { ?prog schema:funder ?f } INSERT { ?prog schema:funder ?p }
                        WHERE { ?prog schema:funder ?f . ?p <http://xmlns.com/foaf/0.1/name> "Kamal Cəfərov"@az }""",
                        PROGRAMME, "OrganisationShape", "org:Organization"),
                Arguments.of("a link to a resource that exists nowhere", """
                        INSERT { ?e dct:isPartOf <https://w3id.org/ogp-ld/id/organisation/no-such-programme> }
                        WHERE { ?e a cv:PublicEvent }""",
                        GRAPH, "SourceGraphShape", "no-such-programme"),
                Arguments.of("two observations of one criterion with different levels", """
                        INSERT { <https://w3id.org/ogp-ld/id/observation/courtesy-again> a qb:Observation ;
                            qb:dataSet ?s ; ogp:criterion code:service-quality-criterion\\/courtesy ;
                            ogp:level code:service-quality-level\\/low } WHERE { ?s a ogp:MonitoringStudy }""",
                        STUDY, "MonitoringStudyShape", "courtesy"),
                Arguments.of("two agenda items at one position", """
                        DELETE { ?t schema:position 2 } INSERT { ?t schema:position 1 }
                        WHERE { ?t schema:position 2 }""",
                        EVENT, "EventShape", "share position 1"),
                Arguments.of("every Azerbaijani original removed", """
                        DELETE { ?s ?p ?o } WHERE { ?s ?p ?o FILTER(isLiteral(?o) && LANG(?o) = "az") }""",
                        GRAPH, "SourceGraphShape", "no text tagged @az"),
                Arguments.of("a claim without its source", """
                        DELETE { ?c prov:wasDerivedFrom ?d } WHERE { ?c a ogp:Claim ; prov:value "28 İyul 2017" ;
                            prov:wasDerivedFrom ?d }""",
                        EVENT + "#claim-2", "ClaimShape", "source"),
                Arguments.of("an asserted value the claims do not support", """
                        DELETE { ?e schema:startDate ?d } INSERT { ?e schema:startDate "2017-08"^^xsd:gYearMonth }
                        WHERE { ?e a cv:PublicEvent ; schema:startDate ?d }""",
                        EVENT + "#claim-1", "ClaimShape", "differs from the value asserted"),
                Arguments.of("a misspelt property in a closed participation", """
                        DELETE { ?p ogp:participantCount ?n } INSERT { ?p ogp:participantcount ?n }
                        WHERE { ?p a cv:Participation ; cv:role code:participant-category\\/embassy ;
                            ogp:participantCount ?n }""",
                        EVENT + "#participation-embassy", "ParticipationShape", "participantcount"),
                Arguments.of("a misspelt property in a closed observation", """
                        DELETE { ?o ogp:criterion ?c } INSERT { ?o ogp:criterium ?c }
                        WHERE { ?o ogp:criterion ?c ; ogp:level code:service-quality-level\\/low }""",
                        ID + "observation/citizen-satisfaction-asan-principles-monitoring-2017", "ObservationShape",
                        "criterium"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedCorruptions")
    void aCorruptedSeedIsCaughtOnTheResourceByTheRule(String corruption, String update, String focus, String shape,
                                                       String named) {
        assertCaught(seed, update, focus, shape, named);
    }

    static Stream<Arguments> sheetCorruptions() {
        String assessment = SHEET_BASE + "id/commitment/al0002#irm-assessment";
        return Stream.of(
                Arguments.of("starred with potential impact none", """
                        DELETE { ?a ogp:starred ?s ; ogp:potentialImpact ?i }
                        INSERT { ?a ogp:starred true ; ogp:potentialImpact code:potential-impact\\/none }
                        WHERE { ?c dct:identifier "AL0002" ; ogp:assessment ?a . OPTIONAL { ?a ogp:starred ?s }
                            OPTIONAL { ?a ogp:potentialImpact ?i } }""",
                        assessment, "IrmAssessmentShape", "potential-impact/none"),
                Arguments.of("starred with completion not started", """
                        DELETE { ?a ogp:starred ?s ; ogp:midTermCompletion ?m }
                        INSERT { ?a ogp:starred true ; ogp:midTermCompletion code:completion\\/not-started }
                        WHERE { ?c dct:identifier "AL0002" ; ogp:assessment ?a . OPTIONAL { ?a ogp:starred ?s }
                            OPTIONAL { ?a ogp:midTermCompletion ?m } }""",
                        assessment, "IrmAssessmentShape", "completion/not-started"),
                Arguments.of("a commitment ending before it starts", """
                        DELETE { ?c schema:startDate ?s ; schema:endDate ?e }
                        INSERT { ?c schema:startDate "2019-01-01"^^xsd:date ; schema:endDate "2018-12-31"^^xsd:date }
                        WHERE { ?c dct:identifier "AL0002" OPTIONAL { ?c schema:startDate ?s }
                            OPTIONAL { ?c schema:endDate ?e } }""",
                        SHEET_BASE + "id/commitment/al0002", "DatedShape", "before the start date"),
                Arguments.of("a link to an institution that exists nowhere", """
                        INSERT { ?c ogp:leadInstitution <https://data.example.org/id/organisation/nowhere> }
                        WHERE { ?c dct:identifier "AL0002" }""",
                        SOURCE_GRAPH, "SourceGraphShape", "organisation/nowhere"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sheetCorruptions")
    void aCorruptedSheetIsCaughtOnTheResourceByTheRule(String corruption, String update, String focus, String shape,
                                                        String named) {
        assertCaught(sheet, update, focus, shape, named);
    }

    private static void assertCaught(Model original, String update, String focus, String shape, String named) {
        Model copy = ModelFactory.createDefaultModel().add(original);
        UpdateAction.parseExecute(PREFIXES + update, copy);
        assertThat(copy.isIsomorphicWith(original)).as("the corruption changed the copy").isFalse();

        List<ReportEntry> caught = violations(copy);

        String expected = focus.equals(SOURCE_GRAPH) ? copy.listSubjectsWithProperty(RDF.type, OGP.SourceGraph)
                .next().getURI() : focus;
        assertThat(caught).as("violations").anySatisfy(entry -> {
            assertThat(entry.focusNode().toString()).isEqualTo(expected);
            assertThat(nodeShape(entry.source())).endsWith("#" + shape);
            assertThat(entry.message() + " " + entry.value()).contains(named);
        });
    }

    /** The node shape that states the rule: the shape itself, or the node shape a property shape belongs to. */
    private static String nodeShape(Node source) {
        if (source.isURI()) {
            return source.getURI();
        }
        return Vocab.shapesGraph().find(Node.ANY, SHACLM.property.asNode(), source).next().getSubject().getURI();
    }

    private static List<ReportEntry> violations(Model model) {
        ValidationReport report = ShaclValidator.get().validate(Vocab.shapes(), model.getGraph());
        return report.getEntries().stream().filter(e -> e.severity() == Severity.Violation).toList();
    }
}
