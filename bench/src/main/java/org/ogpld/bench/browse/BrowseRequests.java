package org.ogpld.bench.browse;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The paths of {@code /browse/commitment} requests with 0, 1 or 3 facets, each selection different from the others
 * (the server keeps computed pages, so a repeated selection would measure its cache, not the facet queries). Facet
 * values come from commitments of the store, so every selection with facets selects something.
 *
 * @param pages  the number of pages of all commitments (50 a page)
 * @param members the members that submitted plans with commitments
 * @param triples existing combinations of member, policy area and OGP value
 */
public record BrowseRequests(int pages, List<String> members, List<Triple> triples) {

    private static final List<String> SORTS = List.of("label", "-label", "iri");
    private static final String PATH = "/browse/commitment?";

    /**
     * A member, a policy area and an OGP value that one commitment has.
     *
     * @param member the member's IRI
     * @param policyArea the policy area's IRI
     * @param value the OGP value's IRI
     */
    public record Triple(String member, String policyArea, String value) {}

    public BrowseRequests {
        if (pages < 1 || members.isEmpty() || triples.isEmpty()) {
            throw new IllegalArgumentException("the store holds no commitments with member, policy area and OGP value");
        }
        members = List.copyOf(members);
        triples = List.copyOf(triples);
    }

    /** How many different selections there are with {@code facets} facets (0, 1 or 3). */
    public int distinct(int facets) {
        return switch (facets) {
            case 0 -> pages * SORTS.size();
            case 1 -> members.size() * SORTS.size();
            case 3 -> triples.size();
            default -> throw new IllegalArgumentException("facets must be 0, 1 or 3, not " + facets);
        };
    }

    /** The path of request {@code i} with {@code facets} facets in {@code lang}; different for each i below {@link #distinct}. */
    public String path(int facets, int i, String lang) {
        String end = "&lang=" + lang;
        return switch (facets) {
            case 0 -> PATH + "page=" + (1 + i % pages) + "&sort=" + SORTS.get(i / pages % SORTS.size()) + end;
            case 1 -> PATH + "member=" + encode(members.get(i % members.size())) + "&sort="
                    + SORTS.get(i / members.size() % SORTS.size()) + end;
            case 3 -> {
                Triple t = triples.get(i % triples.size());
                yield PATH + "member=" + encode(t.member()) + "&ogp-value=" + encode(t.value()) + "&policy-area="
                        + encode(t.policyArea()) + end;
            }
            default -> throw new IllegalArgumentException("facets must be 0, 1 or 3, not " + facets);
        };
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
