package org.ogpld.model;

import java.util.Optional;

/**
 * A verifiable step within a commitment.
 *
 * @param position    its place in the commitment's list, from 1
 * @param title       what is to be done
 * @param description more detail
 * @param start       when it starts
 * @param end         when it is due
 */
public record Milestone(int position, Text title, Optional<Text> description, Optional<DateValue> start,
                        Optional<DateValue> end) {

    public Milestone {
        if (position < 1) {
            throw new IllegalArgumentException("milestone position must be 1 or more, was " + position);
        }
        Checks.required(title, "title");
        description = Checks.optional(description);
        start = Checks.optional(start);
        end = Checks.optional(end);
    }
}
