package org.ogpld.model;

import java.util.Comparator;
import java.util.regex.Pattern;

/**
 * The identity of a resource within OGP-LD: its kind and its slug. With a base IRI it becomes
 * {@code {base}id/{kind}/{slug}}; references between records are ids.
 *
 * @param kind the kind of resource
 * @param slug lowercase ASCII letters and digits in runs joined by single hyphens, as {@link Slugs} makes them
 */
public record Id(Kind kind, String slug) implements Comparable<Id> {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Comparator<Id> ORDER = Comparator.comparing(Id::kind).thenComparing(Id::slug);

    public Id {
        Checks.required(kind, "kind");
        Checks.required(slug, "slug");
        if (!isSlug(slug)) {
            throw new IllegalArgumentException(
                    "slug '" + slug + "' must be lowercase letters a-z and digits joined by single hyphens");
        }
    }

    /** Shorthand for {@code new Id(kind, slug)}. */
    public static Id of(Kind kind, String slug) {
        return new Id(kind, slug);
    }

    /** Whether {@code text} is a well-formed slug. */
    public static boolean isSlug(String text) {
        return text != null && SLUG.matcher(text).matches();
    }

    /** The path below {@code {base}id/}, e.g. {@code person/alimammad-nuriyev}. */
    public String path() {
        return kind.segment() + "/" + slug;
    }

    @Override
    public int compareTo(Id other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return path();
    }
}
