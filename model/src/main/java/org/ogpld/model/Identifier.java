package org.ogpld.model;

import java.util.Comparator;
import java.util.regex.Pattern;

/**
 * An identifier that another register gives a person or organisation. Wikidata ids ({@value #WIKIDATA}) become
 * {@code owl:sameAs} links to {@code http://www.wikidata.org/entity/Q…}; others are kept with their scheme.
 *
 * @param scheme who issued it, e.g. {@code wikidata}, {@code ogp-member}, {@code everypolitician_legacy}
 * @param value  the identifier
 */
public record Identifier(String scheme, String value) implements Comparable<Identifier> {

    /** Wikidata item ids such as {@code Q1234}. */
    public static final String WIKIDATA = "wikidata";
    /** OGP member codes as in OGP's data, such as {@code AZE} or {@code MXJL}. */
    public static final String OGP_MEMBER = "ogp-member";

    private static final Pattern SCHEME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]*");
    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");
    private static final Comparator<Identifier> ORDER =
            Comparator.comparing(Identifier::scheme).thenComparing(Identifier::value);

    public Identifier {
        Checks.required(scheme, "identifier scheme");
        Checks.nonBlank(value, "identifier value");
        if (!SCHEME.matcher(scheme).matches()) {
            throw new IllegalArgumentException("identifier scheme '" + scheme
                    + "' must be letters, digits, '.', '_', ':' or '-'");
        }
        if (WIKIDATA.equals(scheme) && !QID.matcher(value).matches()) {
            throw new IllegalArgumentException("Wikidata id '" + value + "' must look like Q42");
        }
    }

    /** A Wikidata item id. */
    public static Identifier wikidata(String qid) {
        return new Identifier(WIKIDATA, qid);
    }

    /** Shorthand for {@code new Identifier(scheme, value)}. */
    public static Identifier of(String scheme, String value) {
        return new Identifier(scheme, value);
    }

    @Override
    public int compareTo(Identifier other) {
        return ORDER.compare(this, other);
    }
}
