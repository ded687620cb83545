package org.ogpld.endpoint.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The runner reads what the manifests expect, so that a passing run means something. */
class HtManifestsTest {

    @Test
    void protocolManifestHas34TestsWithTheirExpectations() {
        List<HtTest> tests = HtManifests.read(HtManifests.folder().resolve("protocol/manifest.ttl"));
        assertThat(tests).hasSize(34);
        assertThat(tests).filteredOn(t -> !t.graphData().isEmpty()).hasSize(6);
        HtTest full = tests.stream().filter(t -> t.name().equals("update_dataset_full")).findFirst().orElseThrow();
        assertThat(full.requests()).hasSize(2);
        assertThat(full.requests().get(1).expectedBoolean()).isTrue();
        assertThat(full.requests().get(1).accepts(200)).isTrue();
        assertThat(full.requests().get(1).accepts(400)).isFalse();
        HtTest nonUtf8 = tests.stream().filter(t -> t.name().equals("bad_query_non_utf8")).findFirst().orElseThrow();
        assertThat(nonUtf8.requests().get(0).bodyEncoding()).isEqualTo("UTF-16");
        assertThat(nonUtf8.requests().get(0).accepts(415)).isTrue();
        assertThat(nonUtf8.requests().get(0).accepts(200)).isFalse();
    }

    @Test
    void graphStoreManifestIncludesDirectAndIndirectTests() {
        List<HtTest> tests = HtManifests.read(HtManifests.folder().resolve("graph-store-protocol/manifest.ttl"));
        assertThat(tests).hasSize(13);
        HtTest created = tests.stream().filter(t -> t.name().equals("post_get_new_graph")).findFirst().orElseThrow();
        assertThat(created.requests().get(0).expectedLocation()).isEqualTo("$LOCATION$");
        assertThat(created.requests().get(0).expectedStatuses()).containsExactly(201);
        assertThat(created.requests().get(1).path()).isEqualTo("/gsp?graph=$LOCATION$");
        assertThat(created.requests().get(1).expectedBody()).contains("foaf:Person");
        assertThat(created.requests().get(1).expectedContentType()).isEqualTo("text/turtle; charset=utf-8");
    }

    @Test
    void pathsAreRewrittenToTheOgpDataset() {
        assertThat(HtReplay.rewrite("/sparql/?query=ASK%20%7B%7D")).isEqualTo("/ogp/sparql?query=ASK%20%7B%7D");
        assertThat(HtReplay.rewrite("/gsp/person/1.ttl")).isEqualTo("/ogp/data/person/1.ttl");
        assertThat(HtReplay.rewrite("/gsp?default")).isEqualTo("/ogp/data?default");
    }
}
