package org.ogpld.model;

import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Argument checks shared by the records' compact constructors; every message names the field. */
final class Checks {

    private Checks() {
    }

    static <T> T required(T value, String field) {
        return Objects.requireNonNull(value, () -> field + " is required");
    }

    static <T> Optional<T> optional(Optional<T> value) {
        return value == null ? Optional.empty() : value;
    }

    static String nonBlank(String value, String field) {
        required(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value;
    }

    static Optional<String> nonBlank(Optional<String> value, String field) {
        Optional<String> present = optional(value);
        present.ifPresent(v -> nonBlank(v, field));
        return present;
    }

    /** Copies a collection into an unmodifiable list, rejecting null elements. */
    static <T> List<T> list(Collection<? extends T> values, String field) {
        if (values == null) {
            return List.of();
        }
        values.forEach(v -> required(v, field + " element"));
        return List.copyOf(values);
    }

    /** Copies a collection into an unmodifiable set in natural order, rejecting null elements. */
    static <T extends Comparable<? super T>> Set<T> sortedSet(Collection<? extends T> values, String field) {
        if (values == null) {
            return Set.of();
        }
        values.forEach(v -> required(v, field + " element"));
        return Collections.unmodifiableSortedSet(new TreeSet<>(values));
    }

    /** Copies a list sorted by a key that must be unique within it. */
    static <T, K extends Comparable<? super K>> List<T> uniqueSorted(
            Collection<? extends T> values, java.util.function.Function<T, K> key, String field) {
        List<T> copy = new java.util.ArrayList<>(list(values, field));
        copy.sort(Comparator.comparing(key));
        for (int i = 1; i < copy.size(); i++) {
            if (key.apply(copy.get(i - 1)).equals(key.apply(copy.get(i)))) {
                throw new IllegalArgumentException(field + ": " + key.apply(copy.get(i)) + " appears twice");
            }
        }
        return List.copyOf(copy);
    }

    static Id kind(Id id, Kind expected, String field) {
        required(id, field);
        if (id.kind() != expected) {
            throw new IllegalArgumentException(field + " must be a " + expected.segment() + " id, not " + id);
        }
        return id;
    }

    static Optional<Id> kind(Optional<Id> id, Kind expected, String field) {
        Optional<Id> present = optional(id);
        present.ifPresent(v -> kind(v, expected, field));
        return present;
    }

    static Set<Id> kinds(Collection<Id> ids, Kind expected, String field) {
        Set<Id> copy = sortedSet(ids, field);
        copy.forEach(id -> kind(id, expected, field));
        return copy;
    }

    static int nonNegative(int value, String field) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " must not be negative, was " + value);
        }
        return value;
    }

    static Optional<Integer> nonNegative(Optional<Integer> value, String field) {
        Optional<Integer> present = optional(value);
        present.ifPresent(v -> nonNegative(v, field));
        return present;
    }
}
