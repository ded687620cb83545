package org.ogpld.model;

import java.util.Optional;

/**
 * A time span with a known start, end, or both.
 *
 * @param start when it began
 * @param end   when it ended
 */
public record Interval(Optional<DateValue> start, Optional<DateValue> end) {

    public Interval {
        start = Checks.optional(start);
        end = Checks.optional(end);
        if (start.isEmpty() && end.isEmpty()) {
            throw new IllegalArgumentException("an interval needs a start or an end");
        }
    }

    /** An interval from {@code start} to {@code end}, either of which may be null. */
    public static Interval of(DateValue start, DateValue end) {
        return new Interval(Optional.ofNullable(start), Optional.ofNullable(end));
    }
}
