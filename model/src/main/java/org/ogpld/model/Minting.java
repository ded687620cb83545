package org.ogpld.model;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * The rules by which OGP-LD mints ids, strongest evidence first (see {@code model/README.md}, "Minting rules"): an
 * authority identifier names a thing the same way in every source, so it gives the slug whenever a source has one;
 * only then a label, scoped by what owns it. Nothing here depends on the order in which things are read.
 *
 * <pre>{@code
 * Minting.authority(Kind.ORGANISATION, Set.of(Identifier.of("ogp-member", "AZE")));  // ogp-member-aze
 * Minting.authority(Kind.PERSON, Set.of(Identifier.wikidata("Q4115189")));            // q4115189
 * }</pre>
 */
public final class Minting {

    /** The prefix of slugs minted from OGP member codes: {@code organisation/ogp-member-aze}. */
    public static final String OGP_MEMBER_PREFIX = "ogp-member-";

    private Minting() {
    }

    /**
     * The slug an authority identifier gives: for an organisation its OGP member code ({@code ogp-member-aze}; for
     * a national member the code is its ISO 3166-1 alpha-3 code), else for anything its Wikidata id
     * ({@code q4115189}).
     */
    public static Optional<String> authority(Kind kind, Collection<Identifier> identifiers) {
        Optional<String> member = kind == Kind.ORGANISATION ? value(identifiers, Identifier.OGP_MEMBER)
                .map(Minting::ogpMember) : Optional.empty();
        return member.or(() -> value(identifiers, Identifier.WIKIDATA).map(q -> q.toLowerCase(Locale.ROOT)));
    }

    /** The slug of an OGP member: {@code ogp-member-} and its code. */
    public static String ogpMember(String code) {
        Checks.nonBlank(code, "OGP member code");
        return OGP_MEMBER_PREFIX + Slugs.of(code);
    }

    private static Optional<String> value(Collection<Identifier> identifiers, String scheme) {
        return identifiers.stream().filter(i -> i.scheme().equals(scheme)).map(Identifier::value).sorted()
                .findFirst();
    }
}
