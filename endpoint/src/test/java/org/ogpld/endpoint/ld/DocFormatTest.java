package org.ogpld.endpoint.ld;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocFormatTest {

    private static final List<DocFormat> ALL = List.of(DocFormat.values());

    @Test
    void browsersGetHtmlEvenThoughTheyAlsoAcceptXml() {
        assertThat(DocFormat.negotiate("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", ALL))
                .contains(DocFormat.HTML);
    }

    @Test
    void qualityValuesDecideAndTheMostSpecificRangeSetsAnOffersQuality() {
        assertThat(DocFormat.negotiate("text/turtle;q=0.4, application/ld+json;q=0.9", ALL)).contains(DocFormat.JSONLD);
        assertThat(DocFormat.negotiate("text/*;q=0.2, text/turtle", ALL)).contains(DocFormat.TURTLE);
        assertThat(DocFormat.negotiate("*/*;q=0.1, text/html;q=0", ALL)).contains(DocFormat.TURTLE);
    }

    @Test
    void commonAliasesNameTheirFormatOnlyWhenAskedForOutright() {
        assertThat(DocFormat.negotiate("application/json", ALL)).contains(DocFormat.JSONLD);
        assertThat(DocFormat.negotiate("application/xml", ALL)).contains(DocFormat.RDFXML);
        assertThat(DocFormat.negotiate("text/plain", ALL)).contains(DocFormat.NTRIPLES);
    }

    @Test
    void noHeaderOrABrokenOneGetsTheFirstOfferAndNothingAcceptableGetsNone() {
        assertThat(DocFormat.negotiate(null, ALL)).contains(DocFormat.HTML);
        assertThat(DocFormat.negotiate("not a media type;;", ALL)).contains(DocFormat.HTML);
        assertThat(DocFormat.negotiate("image/png", ALL)).isEmpty();
    }

    @Test
    void extensionsNameExactlyTheFiveFormats() {
        assertThat(DocFormat.byExtension("ttl")).contains(DocFormat.TURTLE);
        assertThat(DocFormat.byExtension("rdf")).contains(DocFormat.RDFXML);
        assertThat(DocFormat.byExtension("exe")).isEmpty();
        assertThat(DocFormat.byExtension("TTL")).isEmpty();
    }
}
