package org.ogpld.model;

import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reference to a concept in one of the OGP-LD code lists (SKOS), identified by
 * {@code https://w3id.org/ogp-ld/code/{scheme}/{code}}. Whether the concept exists is checked when a publication
 * is validated against the code lists, not here.
 *
 * @param scheme the code list, e.g. {@code event-type}
 * @param code   the concept's notation within it, e.g. {@code round-table}
 */
public record Code(String scheme, String code) implements Comparable<Code> {

    /** Where all code lists live. */
    public static final String NAMESPACE = "https://w3id.org/ogp-ld/code/";

    private static final Pattern SCHEME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern IRI = Pattern.compile(Pattern.quote(NAMESPACE) + "([^/]+)/([^/]+)");
    private static final Comparator<Code> ORDER = Comparator.comparing(Code::scheme).thenComparing(Code::code);

    public Code {
        Checks.required(scheme, "scheme");
        Checks.required(code, "code");
        if (!SCHEME.matcher(scheme).matches()) {
            throw new IllegalArgumentException("code list name '" + scheme + "' must be lowercase words joined by hyphens");
        }
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("code '" + code + "' in '" + scheme
                    + "' must be letters, digits, '.', '_' or '-'");
        }
    }

    /** Shorthand for {@code new Code(scheme, code)}. */
    public static Code of(String scheme, String code) {
        return new Code(scheme, code);
    }

    /** The code whose IRI is {@code iri}, if it is in the OGP-LD code namespace. */
    public static Optional<Code> fromIri(String iri) {
        Matcher m = IRI.matcher(iri);
        return m.matches() ? Optional.of(new Code(m.group(1), m.group(2))) : Optional.empty();
    }

    /** The concept's IRI. */
    public String iri() {
        return NAMESPACE + scheme + "/" + code;
    }

    /** The scheme's IRI, {@code https://w3id.org/ogp-ld/code/{scheme}}. */
    public String schemeIri() {
        return NAMESPACE + scheme;
    }

    /**
     * Checks that this code is from {@code expected} (or, if {@code missingAllowed}, a missing-value code).
     *
     * @throws IllegalArgumentException naming {@code field}
     */
    public Code requireScheme(String expected, boolean missingAllowed, String field) {
        if (!scheme.equals(expected) && !(missingAllowed && scheme.equals(MissingValue.SCHEME))) {
            throw new IllegalArgumentException(field + " must be a code from '" + expected + "'"
                    + (missingAllowed ? " or '" + MissingValue.SCHEME + "'" : "") + ", not " + this);
        }
        return this;
    }

    /** The missing-value reason this code stands for, if it is one. */
    public Optional<MissingValue> missing() {
        return MissingValue.of(this);
    }

    @Override
    public int compareTo(Code other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return scheme + "/" + code;
    }
}
