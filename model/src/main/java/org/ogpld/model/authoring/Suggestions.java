package org.ogpld.model.authoring;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import org.ogpld.model.text.EditDistance;

/** "Did you mean" suggestions for misspelt names, by edit distance. */
final class Suggestions {

    private static final int MAX_DISTANCE = 2;

    private Suggestions() {
    }

    /** The candidate nearest to {@code name}, if one is within two edits (ignoring case). */
    static Optional<String> nearest(String name, Collection<String> candidates) {
        String lower = name.toLowerCase(Locale.ROOT);
        return candidates.stream()
                .filter(c -> EditDistance.levenshtein(lower, c.toLowerCase(Locale.ROOT)) <= MAX_DISTANCE)
                .min(Comparator.comparingInt(
                        (String c) -> EditDistance.levenshtein(lower, c.toLowerCase(Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()));
    }

}
