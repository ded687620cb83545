package org.ogpld.model;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of resource that get their own IRI, {@code {base}id/{kind}/{slug}}. */
public enum Kind {
    EVENT("event"),
    ORGANISATION("organisation"),
    PERSON("person"),
    POST("post"),
    MEMBERSHIP("membership"),
    COMMITMENT("commitment"),
    ACTION_PLAN("action-plan"),
    PLACE("place"),
    DOCUMENT("document"),
    STUDY("study"),
    OBSERVATION("observation");

    private final String segment;

    Kind(String segment) {
        this.segment = segment;
    }

    /** The IRI path segment, e.g. {@code action-plan}. */
    public String segment() {
        return segment;
    }

    /** The kind whose path segment is {@code segment}, if any. */
    public static Optional<Kind> ofSegment(String segment) {
        return Arrays.stream(values()).filter(k -> k.segment.equals(segment)).findFirst();
    }
}
