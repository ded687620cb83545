package org.ogpld.model;

import java.util.Optional;

/**
 * Who took part in an event, by category: "15 representatives of state bodies". The count is optional because
 * sources often name a category without counting it.
 *
 * @param category      from the {@value Schemes#PARTICIPANT_CATEGORY} code list
 * @param count         how many took part, if the source says
 * @param description   what the source says about them, in its own words
 * @param editorialNote what the publisher adds, e.g. "not counted in the source", kept apart from the source's words
 */
public record Participation(Code category, Optional<Integer> count, Optional<Text> description,
                            Optional<Text> editorialNote) {

    public Participation {
        Checks.required(category, "category").requireScheme(Schemes.PARTICIPANT_CATEGORY, false, "category");
        count = Checks.nonNegative(count, "count");
        description = Checks.optional(description);
        editorialNote = Checks.optional(editorialNote);
    }

    /** A participation without editorial note. */
    public Participation(Code category, Optional<Integer> count, Optional<Text> description) {
        this(category, count, description, Optional.empty());
    }

    /** A counted category. */
    public static Participation of(Code category, int count) {
        return new Participation(category, Optional.of(count), Optional.empty());
    }

    /** A category that took part, uncounted. */
    public static Participation uncounted(Code category) {
        return new Participation(category, Optional.empty(), Optional.empty());
    }
}
