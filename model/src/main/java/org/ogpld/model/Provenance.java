package org.ogpld.model;

import java.util.Optional;
import java.util.Set;

/**
 * Where a publication's facts come from and who vouches for them.
 *
 * @param source       the source document (one of the publication's documents)
 * @param title        a title for the publication's graph
 * @param licence      the licence of the published data, an absolute URL
 * @param attributedTo who prepared the publication (persons or organisations in it)
 * @param comment      how it was prepared, e.g. "transcribed and translated by hand"
 */
public record Provenance(Id source, Text title, Optional<String> licence, Set<Id> attributedTo,
                         Optional<Text> comment) {

    public Provenance {
        Checks.kind(source, Kind.DOCUMENT, "source");
        Checks.required(title, "title");
        licence = Urls.optional(licence, "licence");
        attributedTo = Checks.sortedSet(attributedTo, "attributedTo");
        attributedTo.forEach(a -> {
            if (a.kind() != Kind.PERSON && a.kind() != Kind.ORGANISATION) {
                throw new IllegalArgumentException("attributedTo must be person or organisation ids, not " + a);
            }
        });
        comment = Checks.optional(comment);
    }

    /** Provenance naming only the source document and a title. */
    public static Provenance of(Id source, Text title) {
        return new Provenance(source, title, Optional.empty(), Set.of(), Optional.empty());
    }
}
