package org.ogpld.model;

/**
 * A whole number stated by a source, e.g. a participant count.
 *
 * @param value not negative
 */
public record Count(long value) implements ClaimValue {

    public Count {
        if (value < 0) {
            throw new IllegalArgumentException("count must not be negative, was " + value);
        }
    }
}
