package org.ogpld.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.update.UpdateAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shapes at work on the sample publication and on broken copies of it, without the code lists in the data. */
class ShapesValidationTest {

    private static final String PREFIXES = """
            PREFIX ogp: <https://w3id.org/ogp-ld/ns#>
            PREFIX cv: <http://data.europa.eu/m8g/>
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX schema: <https://schema.org/>
            PREFIX dct: <http://purl.org/dc/terms/>
            PREFIX qb: <http://purl.org/linked-data/cube#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX id: <https://w3id.org/ogp-ld/id/>
            """;

    @Test
    void theSamplePublicationConformsWithoutWarnings() {
        ValidationReport report = validate(sample());

        assertThat(report.getEntries()).isEmpty();
        assertThat(report.conforms()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            commitment without identifier | DELETE { ?c dct:identifier ?i } WHERE { ?c a ogp:Commitment ; dct:identifier ?i } | terms/identifier | az0038
            commitment identifier not an OGP code | DELETE { ?c dct:identifier ?i } INSERT { ?c dct:identifier "az-38" } WHERE { ?c a ogp:Commitment ; dct:identifier ?i } | terms/identifier | az0038
            participant category outside its code list | DELETE { ?p cv:role ?r } INSERT { ?p cv:role <https://w3id.org/ogp-ld/code/event-type/round-table> } WHERE { ?p cv:role ?r } | m8g/role | state-body
            event name in Russian | INSERT { ?e schema:name "Круглый стол"@ru } WHERE { ?e a cv:PublicEvent } | schema.org/name | round-table-2017
            participant count typed xsd:integer | DELETE { ?e ogp:participantCount ?n } INSERT { ?e ogp:participantCount 42 } WHERE { ?e a cv:PublicEvent ; ogp:participantCount ?n } | participantCount | round-table-2017
            event not typed schema:Event | DELETE WHERE { ?e a cv:PublicEvent , schema:Event } ; INSERT DATA { id:event\\/round-table-2017 a cv:PublicEvent } | rdf-syntax-ns#type | round-table-2017
            observation level given as text | DELETE { ?o ogp:level ?l } INSERT { ?o ogp:level "high" } WHERE { ?o ogp:level ?l } | ns#level | courtesy
            membership in two organisations | INSERT { ?m org:organization id:organisation\\/asan } WHERE { ?m a org:Membership } | org#organization | leyla-mammadova-ngo-platform
            IRM value outside every code list | DELETE { ?a ogp:specificity ?s } INSERT { ?a ogp:specificity <https://w3id.org/ogp-ld/code/completion/complete> } WHERE { ?a ogp:specificity ?s } | ns#specificity | az0038-irm
            study without its structure | DELETE WHERE { ?s qb:structure ?d } | cube#structure | asan-service-quality-2017
            document language not an EU authority IRI | DELETE { ?d dct:language ?l } INSERT { ?d dct:language <http://lexvo.org/id/iso639-1/az> } WHERE { ?d dct:language ?l } | terms/language | press-release
            """)
    void aBrokenCopyViolatesTheShapeOnTheRightNodeAndPath(String change, String update, String path, String focus) {
        Model data = sample();
        UpdateAction.parseExecute(PREFIXES + update, data);

        List<ReportEntry> violations = validate(data).getEntries().stream()
                .filter(e -> e.severity() == Severity.Violation).toList();
        assertThat(violations).as(change).anySatisfy(entry -> {
            assertThat(entry.resultPath().toString()).contains(path);
            assertThat(entry.focusNode().toString()).contains(focus);
            assertThat(entry.message()).hasSizeGreaterThan(30);
        });
    }

    @Test
    void aCommitmentWithoutLeadInstitutionOnlyWarns() {
        Model data = sample();
        UpdateAction.parseExecute(PREFIXES + "DELETE WHERE { ?c ogp:leadInstitution ?i }", data);

        List<ReportEntry> entries = List.copyOf(validate(data).getEntries());
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).severity()).isEqualTo(Severity.Warning);
        assertThat(entries.get(0).message()).contains("lead institution");
    }

    @Test
    void irmIndicatorsAcceptMissingValueCodes() {
        Model data = sample();
        UpdateAction.parseExecute(PREFIXES + """
                DELETE { ?a ogp:specificity ?s } INSERT { ?a ogp:specificity <https://w3id.org/ogp-ld/code/missing-value/not-reviewed> }
                WHERE { ?a ogp:specificity ?s }""", data);

        assertThat(validate(data).conforms()).isTrue();
    }

    private static ValidationReport validate(Model data) {
        return ShaclValidator.get().validate(Vocab.shapes(), data.getGraph());
    }

    private static Model sample() {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(TestFiles.text("sample.ttl"), Lang.TURTLE).parse(model);
        return model;
    }
}
