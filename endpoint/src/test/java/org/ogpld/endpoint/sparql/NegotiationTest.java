package org.ogpld.endpoint.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.ogpld.endpoint.EndpointException;

class NegotiationTest {

    @Test
    void noAcceptGivesTheFirstOffer() {
        assertThat(Negotiation.SELECT.choose(null, null)).isEqualTo(OutputFormat.RESULTS_JSON);
        assertThat(Negotiation.GRAPH.choose("", null)).isEqualTo(OutputFormat.TURTLE);
    }

    @Test
    void highestQualityWinsAndTiesGoToTheServerOrder() {
        assertThat(Negotiation.SELECT.choose("application/sparql-results+xml;q=0.5, text/csv", null))
                .isEqualTo(OutputFormat.RESULTS_CSV);
        assertThat(Negotiation.SELECT.choose("text/csv, application/sparql-results+xml", null))
                .isEqualTo(OutputFormat.RESULTS_XML);
    }

    @Test
    void theMostSpecificRangeSetsTheQuality() {
        assertThat(Negotiation.GRAPH.choose("text/*;q=0.9, text/turtle;q=0.1, application/n-triples;q=0.5", null))
                .isEqualTo(OutputFormat.NTRIPLES);
    }

    @Test
    void qualityZeroExcludesAType() {
        assertThat(Negotiation.GRAPH.choose("*/*, text/turtle;q=0", null)).isEqualTo(OutputFormat.NTRIPLES);
    }

    @Test
    void commonAliasesMapToTheirFormat() {
        assertThat(Negotiation.ASK.choose("application/json", null)).isEqualTo(OutputFormat.RESULTS_JSON);
        assertThat(Negotiation.GRAPH.choose("application/json", null)).isEqualTo(OutputFormat.JSONLD);
        assertThat(Negotiation.GRAPH.choose("text/plain", null)).isEqualTo(OutputFormat.NTRIPLES);
    }

    @Test
    void plainTextAsksSelectAndAskForATextTableAsFusekiAnswersIt() {
        assertThat(Negotiation.SELECT.choose("text/plain", null)).isEqualTo(OutputFormat.RESULTS_TEXT);
        assertThat(Negotiation.ASK.choose("text/plain", null)).isEqualTo(OutputFormat.RESULTS_TEXT);
        assertThat(Negotiation.SELECT.choose(null, "text")).isEqualTo(OutputFormat.RESULTS_TEXT);
        assertThat(Negotiation.SELECT.choose("text/*", null)).isEqualTo(OutputFormat.RESULTS_CSV);
    }

    @Test
    void fusekiOverrideBeatsAccept() {
        assertThat(Negotiation.SELECT.choose("text/csv", "json")).isEqualTo(OutputFormat.RESULTS_JSON);
        assertThat(Negotiation.GRAPH.choose(null, "application/rdf+xml")).isEqualTo(OutputFormat.RDFXML);
    }

    @Test
    void unknownOverrideIs400AndNothingAcceptableIs406() {
        assertThatThrownBy(() -> Negotiation.SELECT.choose(null, "ttl")).isInstanceOf(EndpointException.class)
                .satisfies(ex -> assertThat(((EndpointException) ex).status().value()).isEqualTo(400));
        assertThatThrownBy(() -> Negotiation.DATASET.choose("text/turtle", null))
                .satisfies(ex -> assertThat(((EndpointException) ex).status().value()).isEqualTo(406));
    }
}
