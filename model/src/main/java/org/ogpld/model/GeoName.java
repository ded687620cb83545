package org.ogpld.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A place in the GeoNames gazetteer, such as Baku (587084) or Azerbaijan (587116), linked as
 * {@code https://sws.geonames.org/{id}/}.
 *
 * @param id the GeoNames id
 */
public record GeoName(long id) implements Comparable<GeoName> {

    private static final String PREFIX = "https://sws.geonames.org/";
    private static final Pattern IRI = Pattern.compile("https?://sws\\.geonames\\.org/([1-9][0-9]*)/?");

    /** Baku, the capital of Azerbaijan. */
    public static final GeoName BAKU = new GeoName(587084);
    /** The Republic of Azerbaijan. */
    public static final GeoName AZERBAIJAN = new GeoName(587116);

    public GeoName {
        if (id <= 0) {
            throw new IllegalArgumentException("GeoNames id must be positive, was " + id);
        }
    }

    /** The GeoNames linked-data IRI. */
    public String iri() {
        return PREFIX + id + "/";
    }

    /** The GeoNames place with this IRI, if it is one. */
    public static Optional<GeoName> fromIri(String iri) {
        Matcher m = IRI.matcher(iri);
        return m.matches() ? Optional.of(new GeoName(Long.parseLong(m.group(1)))) : Optional.empty();
    }

    @Override
    public int compareTo(GeoName other) {
        return Long.compare(id, other.id);
    }
}
