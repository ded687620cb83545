package org.ogpld.model.imports.popolo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ogpld.model.DateValue;
import org.ogpld.model.imports.Problems;

/**
 * One Popolo object being read, with its path in the document ({@code persons[3]}): typed access to its fields
 * that reports what does not fit, by path and value.
 */
final class Source {

    private final JsonNode node;
    private final String path;
    private final Problems problems;

    Source(JsonNode node, String path, Problems problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    String path() {
        return path;
    }

    JsonNode node() {
        return node;
    }

    /** The same place in the document holding {@code replacement} (an embedded object completed by its owner). */
    Source withNode(JsonNode replacement) {
        return new Source(replacement, path, problems);
    }

    /** Reports a problem with {@code field} (may be null) and {@code value} (may be null). */
    void problem(String field, String value, String message) {
        problems.add(0, path, field == null ? null : path + "." + field, value, message);
    }

    /** Reports a warning about {@code field} (may be null) and {@code value} (may be null): kept or repaired. */
    void warning(String field, String value, String message) {
        problems.warn(0, path, field == null ? null : path + "." + field, value, message);
    }

    /** A string field, or empty if absent, null or blank; reported if it is not a string. */
    Optional<String> text(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            problem(field, value.toString(), "expected a string");
            return Optional.empty();
        }
        String text = value.asText().strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** A required string field; reported when missing. */
    Optional<String> required(String field) {
        JsonNode value = node.get(field);
        Optional<String> text = text(field);
        if (text.isEmpty() && (value == null || value.isNull() || value.isTextual())) {
            problem(field, null, "required field is missing or blank");
        }
        return text;
    }

    /** An ISO 8601 date field ({@code 2011}, {@code 2011-06}, {@code 2011-06-02}, or a date-time with offset). */
    Optional<DateValue> date(String field) {
        return text(field).flatMap(text -> {
            try {
                return Optional.of(DateValue.parseIso(text));
            } catch (IllegalArgumentException e) {
                problem(field, text, e.getMessage());
                return Optional.empty();
            }
        });
    }

    /** The elements of an array field, each with its path; empty if absent, reported if not an array. */
    List<Source> array(String field) {
        JsonNode value = node.get(field);
        List<Source> elements = new ArrayList<>();
        if (value == null || value.isNull()) {
            return elements;
        }
        if (!value.isArray()) {
            problem(field, value.toString(), "expected an array");
            return elements;
        }
        for (int i = 0; i < value.size(); i++) {
            JsonNode element = value.get(i);
            String at = path + "." + field + "[" + i + "]";
            if (element.isObject()) {
                elements.add(new Source(element, at, problems));
            } else {
                problems.add(0, path, at, element.toString(), "expected an object");
            }
        }
        return elements;
    }

    /** The strings of an array field of strings (Popolo's {@code other_label}). */
    List<String> strings(String field) {
        JsonNode value = node.get(field);
        List<String> strings = new ArrayList<>();
        if (value != null && value.isArray()) {
            value.forEach(v -> {
                if (v.isTextual() && !v.asText().isBlank()) {
                    strings.add(v.asText().strip());
                } else {
                    problem(field, v.toString(), "expected non-blank strings");
                }
            });
        } else if (value != null && !value.isNull()) {
            problem(field, value.toString(), "expected an array of strings");
        }
        return strings;
    }
}
