package org.ogpld.model;

import java.util.Comparator;

/**
 * A classification the source neither affirms nor denies but marks as missing: OGP's spreadsheet writes
 * {@code ND} instead of 0 or 1 in some policy-area and OGP-value columns.
 *
 * @param concept the policy area, policy tag or OGP value concerned
 * @param reason  the missing-value code written
 */
public record MissingFlag(Code concept, MissingValue reason) implements Comparable<MissingFlag> {

    private static final Comparator<MissingFlag> ORDER =
            Comparator.comparing(MissingFlag::concept).thenComparing(MissingFlag::reason);

    public MissingFlag {
        Checks.required(concept, "concept");
        Checks.required(reason, "reason");
        if (!concept.scheme().equals(Schemes.POLICY_AREA) && !concept.scheme().equals(Schemes.POLICY_TAG)
                && !concept.scheme().equals(Schemes.OGP_VALUE)) {
            throw new IllegalArgumentException("a missing flag is for a policy area, policy tag or OGP value, not "
                    + concept);
        }
    }

    @Override
    public int compareTo(MissingFlag other) {
        return ORDER.compare(this, other);
    }
}
