package org.ogpld.model;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks and normalises BCP 47 language tags as used on RDF literals. Only the common shape is accepted: an ISO 639
 * language, optionally a script, a region and variants ({@code az}, {@code az-Cyrl}, {@code en-GB}).
 */
public final class LanguageTags {

    private static final Pattern TAG = Pattern.compile(
            "(?i)[a-z]{2,3}(-[a-z]{4})?(-([a-z]{2}|[0-9]{3}))?(-([a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*");
    private static final Set<String> ISO_639_1 = iso6391();

    /** Java's ISO 639-1 list, and "sh" (Serbo-Croatian), withdrawn by ISO but still a valid BCP 47 subtag. */
    private static Set<String> iso6391() {
        Set<String> codes = new java.util.HashSet<>(Set.of(Locale.getISOLanguages()));
        codes.add("sh");
        return Set.copyOf(codes);
    }

    private LanguageTags() {
    }

    /**
     * Returns the tag in canonical case (language lower, script title, region upper).
     *
     * @throws IllegalArgumentException naming the tag and what is wrong with it
     */
    public static String canonical(String tag) {
        String problem = problem(tag);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        String[] parts = tag.split("-");
        StringBuilder out = new StringBuilder(parts[0].toLowerCase(Locale.ROOT));
        for (int i = 1; i < parts.length; i++) {
            out.append('-').append(subtag(parts[i], i));
        }
        return out.toString();
    }

    /** Whether {@code tag} is accepted by {@link #canonical(String)}. */
    public static boolean isValid(String tag) {
        return problem(tag) == null;
    }

    /** What is wrong with {@code tag}, or {@code null} when nothing is. */
    static String problem(String tag) {
        if (tag == null || !TAG.matcher(tag).matches()) {
            return "language tag '" + tag + "' is not a BCP 47 tag such as 'az', 'en' or 'az-Cyrl'";
        }
        String language = tag.split("-")[0].toLowerCase(Locale.ROOT);
        if (language.length() == 2 && !ISO_639_1.contains(language)) {
            return "language tag '" + tag + "' does not start with an ISO 639 language code"
                    + " (Azerbaijani is 'az', English 'en')";
        }
        return null;
    }

    private static String subtag(String part, int position) {
        if (position == 1 && part.length() == 4 && Character.isLetter(part.charAt(0))) {
            return part.substring(0, 1).toUpperCase(Locale.ROOT) + part.substring(1).toLowerCase(Locale.ROOT);
        }
        if (part.length() == 2 && Character.isLetter(part.charAt(0))) {
            return part.toUpperCase(Locale.ROOT);
        }
        return part.toLowerCase(Locale.ROOT);
    }
}
