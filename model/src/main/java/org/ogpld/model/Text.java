package org.ogpld.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A text given in one or more languages, at most one value per language: {@code Text.of("az", "Dəyirmi masa",
 * "en", "Round table")}. Azerbaijani ({@code az}) and English ({@code en}) have shorthands; the Azerbaijani
 * original is preferred wherever one value must stand for the whole.
 *
 * @param values language tag to text, at least one entry; tags in canonical case, kept sorted
 */
public record Text(SortedMap<String, String> values) {

    /** Azerbaijani. */
    public static final String AZ = "az";
    /** English. */
    public static final String EN = "en";

    public Text {
        Checks.required(values, "values");
        if (values.isEmpty()) {
            throw new IllegalArgumentException("text needs a value in at least one language");
        }
        SortedMap<String, String> copy = new TreeMap<>();
        values.forEach((tag, value) -> {
            String language = LanguageTags.canonical(tag);
            if (copy.put(language, Checks.nonBlank(value, "text in '" + tag + "'")) != null) {
                throw new IllegalArgumentException("text has two values in language '" + language + "'");
            }
        });
        values = Collections.unmodifiableSortedMap(copy);
    }

    /** A text in one language. */
    public static Text of(String language, String value) {
        return of(Map.of(Checks.required(language, "language"), Checks.required(value, "value")));
    }

    /** A text in two languages. */
    public static Text of(String language, String value, String otherLanguage, String otherValue) {
        Map<String, String> map = new LinkedHashMap<>();
        map.put(language, value);
        map.put(otherLanguage, otherValue);
        return of(map);
    }

    /** A text from a map of language tag to value. */
    public static Text of(Map<String, String> values) {
        return new Text(new TreeMap<>(Checks.required(values, "values")));
    }

    /** A text from language-tagged strings, which must not repeat a language. */
    public static Text of(List<LangString> strings) {
        Map<String, String> map = new LinkedHashMap<>();
        for (LangString s : strings) {
            if (map.put(s.language(), s.value()) != null) {
                throw new IllegalArgumentException("text has two values in language '" + s.language() + "'");
            }
        }
        return of(map);
    }

    /** An Azerbaijani text. */
    public static Text az(String value) {
        return of(AZ, value);
    }

    /** An English text. */
    public static Text en(String value) {
        return of(EN, value);
    }

    /** This text with {@code value} in {@code language} added or replaced. */
    public Text with(String language, String value) {
        Map<String, String> map = new TreeMap<>(values);
        map.put(LanguageTags.canonical(language), value);
        return of(map);
    }

    /** The value in exactly this language tag (case-insensitive). */
    public Optional<String> in(String language) {
        return Optional.ofNullable(values.get(LanguageTags.canonical(language)));
    }

    /** The Azerbaijani value. */
    public Optional<String> az() {
        return Optional.ofNullable(values.get(AZ));
    }

    /** The English value. */
    public Optional<String> en() {
        return Optional.ofNullable(values.get(EN));
    }

    /** The Azerbaijani value if there is one, else English, else the first by language tag. */
    public String preferred() {
        return az().or(this::en).orElseGet(() -> values.get(values.firstKey()));
    }

    /** The values as language-tagged strings, in language order. */
    public List<LangString> strings() {
        return values.entrySet().stream().map(e -> new LangString(e.getValue(), e.getKey())).toList();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
