package org.ogpld.model.authoring;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A position in the authoring tree: a node (possibly missing), its authoring path ({@code events.x.talks[2]}) and
 * JSON pointer. Reading a value that has the wrong shape reports a problem here and yields nothing.
 */
final class Cursor {

    private final Binding binding;
    private final JsonNode node;
    private final String path;
    private final String pointer;

    Cursor(Binding binding, JsonNode node, String path, String pointer) {
        this.binding = binding;
        this.node = node;
        this.path = path;
        this.pointer = pointer;
    }

    String path() {
        return path;
    }

    String pointer() {
        return pointer;
    }

    JsonNode node() {
        return node;
    }

    Binding binding() {
        return binding;
    }

    boolean present() {
        return node != null && !node.isMissingNode() && !node.isNull();
    }

    Cursor field(String name) {
        JsonNode child = node == null ? null : node.get(name);
        return new Cursor(binding, child, path.isEmpty() ? name : path + "." + name,
                pointer + "/" + name.replace("~", "~0").replace("/", "~1"));
    }

    Cursor element(int index) {
        return new Cursor(binding, node.get(index), path + "[" + index + "]", pointer + "/" + index);
    }

    void problem(String message) {
        binding.problem(this, message);
    }

    /** Reports a missing required value; true if it is present. */
    boolean require() {
        if (!present()) {
            problem("is required");
        }
        return present();
    }

    /** Reports fields this object has beyond {@code known}, suggesting the nearest known name. */
    void allowOnly(Set<String> known) {
        if (!present() || !node.isObject()) {
            return;
        }
        node.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                field(name).problem("unknown field '" + name + "'" + Suggestions.nearest(name, known)
                        .map(s -> "; did you mean '" + s + "'?").orElse("; known fields: " + new TreeSet<>(known)));
            }
        });
    }

    /** The object's members in file order; reports a value that is not an object. */
    Map<String, Cursor> members() {
        Map<String, Cursor> members = new LinkedHashMap<>();
        if (!present()) {
            return members;
        }
        if (!node.isObject()) {
            problem("expected a map of key: value, found " + shape());
            return members;
        }
        node.fieldNames().forEachRemaining(name -> members.put(name, field(name)));
        return members;
    }

    /** The list's elements; reports a value that is not a list. */
    List<Cursor> elements() {
        List<Cursor> elements = new ArrayList<>();
        if (!present()) {
            return elements;
        }
        if (!node.isArray()) {
            problem("expected a list such as [a, b], found " + shape());
            return elements;
        }
        for (int i = 0; i < node.size(); i++) {
            elements.add(element(i));
        }
        return elements;
    }

    /** Reads each element of the list with {@code read}, keeping those that could be read. */
    <T> List<T> each(Function<Cursor, Optional<T>> read) {
        List<T> values = new ArrayList<>();
        elements().forEach(e -> read.apply(e).ifPresent(values::add));
        return values;
    }

    /** A scalar as text (numbers as written); reports objects and lists. */
    Optional<String> string() {
        if (!present()) {
            return Optional.empty();
        }
        if (!node.isValueNode()) {
            problem("expected a single value, found " + shape());
            return Optional.empty();
        }
        String text = node.isBigDecimal() ? node.decimalValue().toPlainString() : node.asText();
        if (text.isBlank()) {
            problem("must not be blank");
            return Optional.empty();
        }
        return Optional.of(text);
    }

    String shape() {
        if (node.isObject()) {
            return "a map";
        }
        if (node.isArray()) {
            return "a list";
        }
        return node.isTextual() ? "the text '" + node.asText() + "'" : "the value " + node;
    }
}
