package org.ogpld.model;

import java.util.Optional;

/**
 * A yes/no judgement that a source may also record as missing ({@code ND}, {@code NR}, {@code NA}), such as
 * whether the IRM starred a commitment.
 *
 * @param value   yes or no, when given
 * @param missing why there is no yes or no
 */
public record Answer(Optional<Boolean> value, Optional<MissingValue> missing) {

    public Answer {
        value = Checks.optional(value);
        missing = Checks.optional(missing);
        if (value.isPresent() == missing.isPresent()) {
            throw new IllegalArgumentException("an answer is either yes/no or a missing-value code, not both or none");
        }
    }

    /** Yes or no. */
    public static Answer of(boolean value) {
        return new Answer(Optional.of(value), Optional.empty());
    }

    /** Recorded as missing. */
    public static Answer missing(MissingValue reason) {
        return new Answer(Optional.empty(), Optional.of(Checks.required(reason, "missing value")));
    }
}
