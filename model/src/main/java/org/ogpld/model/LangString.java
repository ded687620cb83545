package org.ogpld.model;

import java.util.Comparator;

/**
 * One string in one language, for properties that may hold several values per language (other names, acronyms).
 *
 * @param value    the text, not blank
 * @param language a BCP 47 tag, kept in canonical case
 */
public record LangString(String value, String language) implements Comparable<LangString>, ClaimValue {

    private static final Comparator<LangString> ORDER =
            Comparator.comparing(LangString::language).thenComparing(LangString::value);

    public LangString {
        Checks.nonBlank(value, "value");
        language = LanguageTags.canonical(Checks.required(language, "language"));
    }

    /** Shorthand for {@code new LangString(value, language)}. */
    public static LangString of(String value, String language) {
        return new LangString(value, language);
    }

    @Override
    public int compareTo(LangString other) {
        return ORDER.compare(this, other);
    }
}
