package org.ogpld.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CodeListsTest {

    private static final Model CODES = Vocab.codeLists();

    static Stream<Resource> concepts() {
        return CODES.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList().stream();
    }

    static Stream<Resource> schemes() {
        return CODES.listSubjectsWithProperty(RDF.type, SKOS.ConceptScheme).toList().stream();
    }

    @ParameterizedTest
    @MethodSource("concepts")
    void everyConceptSitsInOneSchemeUnderAKebabCaseIriWithLabelsAndANotation(Resource concept) {
        List<RDFNode> schemes = CODES.listObjectsOfProperty(concept, SKOS.inScheme).toList();
        assertThat(schemes).hasSize(1);
        String scheme = schemes.get(0).asResource().getURI();

        assertThat(concept.getURI()).startsWith(scheme + "/")
                .matches("https://w3id\\.org/ogp-ld/code/[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*");
        assertThat(languages(concept, SKOS.prefLabel)).containsExactlyInAnyOrder("en", "az");
        assertThat(concept.hasProperty(SKOS.notation)).isTrue();
    }

    @ParameterizedTest
    @MethodSource("concepts")
    void aConceptIsTopExactlyWhenItHasNoBroaderConceptInItsScheme(Resource concept) {
        Resource scheme = concept.getPropertyResourceValue(SKOS.inScheme);
        Resource broader = concept.getPropertyResourceValue(SKOS.broader);

        if (broader == null) {
            assertThat(concept.getPropertyResourceValue(SKOS.topConceptOf)).isEqualTo(scheme);
            assertThat(scheme.hasProperty(SKOS.hasTopConcept, concept)).isTrue();
        } else {
            assertThat(concept.hasProperty(SKOS.topConceptOf)).isFalse();
            assertThat(broader.getPropertyResourceValue(SKOS.inScheme)).isEqualTo(scheme);
            assertThat(broader.getPropertyResourceValue(SKOS.topConceptOf)).isEqualTo(scheme);
        }
    }

    @ParameterizedTest
    @MethodSource("schemes")
    void everySchemeHasLabelsDefinitionsAndUniqueNotations(Resource scheme) {
        assertThat(languages(scheme, SKOS.prefLabel)).containsExactlyInAnyOrder("en", "az");
        assertThat(languages(scheme, SKOS.definition)).containsExactlyInAnyOrder("en", "az");
        assertThat(scheme.getProperty(SKOS.notation).getString()).isEqualTo(scheme.getURI().substring(OGPCode.NS.length()));

        List<String> notations = CODES.listSubjectsWithProperty(SKOS.inScheme, scheme).toList().stream()
                .flatMap(c -> c.listProperties(SKOS.notation).mapWith(s -> s.getString()).toList().stream())
                .toList();
        assertThat(notations).doesNotHaveDuplicates();
    }

    @Test
    void theIrmListsScoreTheirValuesInTheOrderOgpUses() {
        assertThat(scores(OGPCode.specificity)).isEqualTo(Map.of("none", 0, "low", 1, "medium", 2, "high", 3));
        assertThat(scores(OGPCode.potentialImpact))
                .isEqualTo(Map.of("none", 0, "minor", 1, "moderate", 2, "transformative", 3));
        assertThat(scores(OGPCode.completion)).isEqualTo(Map.of("withdrawn", 0, "unclear", 1, "not-started", 2,
                "limited", 3, "substantial", 4, "complete", 5));
        assertThat(scores(OGPCode.didItOpenGovernment)).isEqualTo(Map.of("worsens", 0, "did-not-change", 1,
                "no-early-results-yet", 1, "marginal", 2, "major", 3, "outstanding", 4));
        assertThat(scores(OGPCode.potentialForResults)).isEqualTo(Map.of("unclear", 0, "modest", 1, "substantial", 2));
        assertThat(scores(OGPCode.earlyResults))
                .isEqualTo(Map.of("no-notable-results", 0, "moderate", 1, "significant", 2));
    }

    @Test
    void theOgpLdListsHoldTheCodesTheIssueAsksFor() {
        assertThat(codes(OGPCode.ogpValue)).containsExactlyInAnyOrder("access-to-information", "civic-participation",
                "public-accountability", "technology-and-innovation");
        assertThat(codes(OGPCode.memberStatus)).containsExactlyInAnyOrder("active", "inactive", "suspended");
        assertThat(codes(OGPCode.eventType)).containsExactlyInAnyOrder("round-table", "conference", "workshop",
                "training", "press-conference", "election", "legislative-period", "legislative-session", "speech",
                "presentation", "questions-and-answers", "discussion", "closing-remarks");
        assertThat(codes(OGPCode.licence)).containsExactly("none-known");
        assertThat(codes(OGPCode.participantCategory)).containsExactlyInAnyOrder("state-body", "embassy",
                "international-organisation", "ngo-platform-member", "ngo-non-member", "media", "expert");
        assertThat(codes(OGPCode.serviceQualityCriterion)).containsExactlyInAnyOrder("transparency", "convenience",
                "promptness", "courtesy", "responsibility", "citizen-satisfaction");
        assertThat(codes(OGPCode.serviceQualityLevel)).containsExactlyInAnyOrder("high", "medium", "low");
        assertThat(codes(OGPCode.missingValue)).containsExactlyInAnyOrder("no-data", "not-reviewed", "not-applicable");
        assertThat(CODES.listObjectsOfProperty(OGPCode.policyArea, SKOS.hasTopConcept).toList()).hasSize(10);
    }

    @Test
    void conceptHelperBuildsCodeIrisAndRejectsWhatIsNotOurs() {
        assertThat(OGPCode.concept(OGPCode.eventType, "round-table").getURI())
                .isEqualTo("https://w3id.org/ogp-ld/code/event-type/round-table");
        assertThat(CODES.containsResource(OGPCode.concept(OGPCode.completion, "substantial"))).isTrue();
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> OGPCode.concept(OGPCode.eventType, "Round Table")).withMessageContaining("kebab");
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> OGPCode.concept(SKOS.Concept, "x")).withMessageContaining("Not an OGP-LD code list");
    }

    private static Set<String> codes(Resource scheme) {
        return scores(scheme, true).keySet();
    }

    private static Map<String, Integer> scores(Resource scheme) {
        return scores(scheme, false);
    }

    private static Map<String, Integer> scores(Resource scheme, boolean allowUnscored) {
        Map<String, Integer> scores = new TreeMap<>();
        CODES.listSubjectsWithProperty(SKOS.inScheme, scheme).forEach(concept -> {
            var score = concept.getProperty(CODES.createProperty(OGP.score.getURI()));
            assertThat(score != null || allowUnscored).as("score of %s", concept).isTrue();
            scores.put(concept.getURI().substring(scheme.getURI().length() + 1), score == null ? -1 : score.getInt());
        });
        return scores;
    }

    private static List<String> languages(Resource subject, Property property) {
        return subject.listProperties(property).mapWith(s -> s.getLiteral().getLanguage()).toList();
    }
}
