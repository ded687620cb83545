package org.ogpld.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why a value is absent, as OGP's data records it. Missing values are recorded as such, never as zero and never
 * dropped: as a code (in the {@value #SCHEME} code list) where a code is expected, as the text written where a
 * date is expected.
 */
public enum MissingValue {
    /** No data: the source holds no value. */
    ND,
    /** Not reviewed: the assessment did not cover this. */
    NR,
    /** Not applicable. */
    NA;

    /** The code list of missing-value codes. */
    public static final String SCHEME = "missing-value";

    /** This reason as a code-list concept. */
    public Code code() {
        return new Code(SCHEME, name());
    }

    /** The reason written {@code text} (exactly {@code ND}, {@code NR} or {@code NA}), if it is one. */
    public static Optional<MissingValue> ofCode(String text) {
        return Arrays.stream(values()).filter(v -> v.name().equals(text)).findFirst();
    }
}
