package org.ogpld.bench.browse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Every measured browse request selects something different, so the server computes each one. */
class BrowseRequestsTest {

    private static final String OGP = "https://w3id.org/ogp-ld/";
    private final BrowseRequests requests = new BrowseRequests(7,
            List.of(OGP + "id/organisation/aze", OGP + "id/organisation/geo"),
            List.of(new BrowseRequests.Triple(OGP + "id/organisation/aze", OGP + "code/policy-area/open-data",
                            OGP + "code/ogp-value/access-to-information"),
                    new BrowseRequests.Triple(OGP + "id/organisation/geo", OGP + "code/policy-area/health",
                            OGP + "code/ogp-value/civic-participation")));

    @Test
    void pathsAreDistinctUpToTheNumberOfSelections() {
        for (int facets : List.of(0, 1, 3)) {
            int n = requests.distinct(facets);
            Set<String> paths = new HashSet<>();
            IntStream.range(0, n).forEach(i -> paths.add(requests.path(facets, i, "en")));
            assertThat(paths).as("%d facets", facets).hasSize(n);
            assertThat(requests.path(facets, n, "en")).isIn(paths);
        }
        assertThat(requests.distinct(0)).isEqualTo(21);
        assertThat(requests.distinct(1)).isEqualTo(6);
    }

    @Test
    void pathsNameTheFacetsWithEncodedValues() {
        assertThat(requests.path(0, 8, "en")).isEqualTo("/browse/commitment?page=2&sort=-label&lang=en");
        assertThat(requests.path(1, 1, "az")).isEqualTo(
                "/browse/commitment?member=https%3A%2F%2Fw3id.org%2Fogp-ld%2Fid%2Forganisation%2Fgeo&sort=label&lang=az");
        String three = requests.path(3, 0, "en");
        assertThat(three).startsWith("/browse/commitment?member=").contains("&ogp-value=https%3A%2F%2F")
                .contains("&policy-area=https%3A%2F%2Fw3id.org%2Fogp-ld%2Fcode%2Fpolicy-area%2Fopen-data");
        assertThat(URI.create("http://127.0.0.1" + three).getQuery()).contains("policy-area=" + OGP
                + "code/policy-area/open-data");
    }

    @Test
    void refusesAStoreWithoutCommitments() {
        assertThatThrownBy(() -> new BrowseRequests(1, List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no commitments");
        assertThatThrownBy(() -> requests.path(2, 0, "en")).hasMessageContaining("0, 1 or 3");
    }
}
