package org.ogpld.model;

import java.util.Optional;
import java.util.Set;

/**
 * Where a publication's facts come from, under what terms, and who vouches for them.
 *
 * @param source        the source document (one of the publication's documents)
 * @param title         a title for the publication's graph
 * @param licence       the licence the source carries, an absolute URL; empty when none is known, which the graph
 *                      then states explicitly ({@link #NONE_KNOWN})
 * @param attributedTo  who prepared the publication (persons or organisations in it)
 * @param comment       how it was prepared, e.g. "transcribed and translated by hand"
 * @param sourceUrl     where the source can be fetched, an absolute http(s) URL
 * @param retrieved     when the source was retrieved, exported or typed up
 * @param transcribedBy who typed the source up by hand (persons or organisations in it)
 * @param translatedBy  who translated what the source does not say in a language (persons or organisations in it)
 */
public record Provenance(Id source, Text title, Optional<String> licence, Set<Id> attributedTo,
                         Optional<Text> comment, Optional<String> sourceUrl, Optional<DateValue> retrieved,
                         Set<Id> transcribedBy, Set<Id> translatedBy) {

    /** The licence a graph states when its source carries none that is known: rights stay with the publisher. */
    public static final String NONE_KNOWN = "https://w3id.org/ogp-ld/code/licence/none-known";

    public Provenance {
        Checks.kind(source, Kind.DOCUMENT, "source");
        Checks.required(title, "title");
        licence = Urls.optional(licence, "licence");
        attributedTo = agents(attributedTo, "attributedTo");
        comment = Checks.optional(comment);
        sourceUrl = Urls.optional(sourceUrl, "sourceUrl");
        retrieved = Checks.optional(retrieved);
        transcribedBy = agents(transcribedBy, "transcribedBy");
        translatedBy = agents(translatedBy, "translatedBy");
    }

    /** Provenance without source URL, retrieval date, transcribers or translators. */
    public Provenance(Id source, Text title, Optional<String> licence, Set<Id> attributedTo, Optional<Text> comment) {
        this(source, title, licence, attributedTo, comment, Optional.empty(), Optional.empty(), Set.of(), Set.of());
    }

    /** Provenance naming only the source document and a title; no licence is known. */
    public static Provenance of(Id source, Text title) {
        return new Provenance(source, title, Optional.empty(), Set.of(), Optional.empty());
    }

    /** The same provenance, with the source's address and when it was retrieved. */
    public Provenance retrievedFrom(Optional<String> url, Optional<DateValue> when) {
        return new Provenance(source, title, licence, attributedTo, comment, url, when, transcribedBy, translatedBy);
    }

    /** Every agent this provenance names. */
    public Set<Id> agents() {
        Set<Id> all = new java.util.TreeSet<>(attributedTo);
        all.addAll(transcribedBy);
        all.addAll(translatedBy);
        return all;
    }

    private static Set<Id> agents(Set<Id> ids, String field) {
        Set<Id> sorted = Checks.sortedSet(ids, field);
        sorted.forEach(a -> {
            if (a.kind() != Kind.PERSON && a.kind() != Kind.ORGANISATION) {
                throw new IllegalArgumentException(field + " must be person or organisation ids, not " + a);
            }
        });
        return sorted;
    }
}
