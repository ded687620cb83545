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
    ND("no-data"),
    /** Not reviewed: the assessment did not cover this. */
    NR("not-reviewed"),
    /** Not applicable. */
    NA("not-applicable");

    /** The code list of missing-value codes. */
    public static final String SCHEME = "missing-value";

    private final String code;

    MissingValue(String code) {
        this.code = code;
    }

    /** This reason as a code-list concept, e.g. {@code missing-value/no-data}. */
    public Code code() {
        return new Code(SCHEME, code);
    }

    /** The reason written as {@code notation} (exactly {@code ND}, {@code NR} or {@code NA}), if it is one. */
    public static Optional<MissingValue> ofNotation(String notation) {
        return Arrays.stream(values()).filter(v -> v.name().equals(notation)).findFirst();
    }

    /** The reason a missing-value concept stands for, if {@code code} is one. */
    public static Optional<MissingValue> of(Code code) {
        return Arrays.stream(values()).filter(v -> v.code().equals(code)).findFirst();
    }
}
