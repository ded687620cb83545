package org.ogpld.model;

import java.util.Comparator;
import java.util.List;

/**
 * A known problem in the data about one resource, explained for readers, with the conflicting claims that caused
 * it. The press release that founded OGP-LD dates its round table 28 July 2017 in its header and 13.07.2017 in its
 * text: both are kept as claims, each with its place in the source, and the note says so.
 *
 * @param subject the resource the note is about
 * @param note    the explanation, in each language
 * @param claims  the statements that disagree (or other claims the note refers to); kept in a canonical order
 */
public record DataQualityNote(Id subject, Text note, List<Claim> claims) {

    private static final Comparator<Claim> ORDER = Comparator.comparing(Claim::property)
            .thenComparing(c -> String.valueOf(c.value()))
            .thenComparing(c -> String.valueOf(c.source()))
            .thenComparing(c -> String.valueOf(c.statedIn()));

    public DataQualityNote {
        Checks.required(subject, "subject");
        Checks.required(note, "note");
        claims = Checks.list(claims, "claims").stream().sorted(ORDER).toList();
    }
}
