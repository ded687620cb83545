package org.ogpld.model.authoring;

import java.util.Locale;

/** The syntaxes an authoring file can be written in. */
public enum Syntax {
    YAML("YAML"),
    JSON("JSON");

    private final String label;

    Syntax(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    /**
     * The syntax a file name's extension says: {@code .json} is JSON, {@code .yaml} and {@code .yml} are YAML.
     *
     * @throws IllegalArgumentException for any other extension
     */
    public static Syntax ofFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".json")) {
            return JSON;
        }
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return YAML;
        }
        throw new IllegalArgumentException("'" + name + "' is neither .yaml, .yml nor .json");
    }
}
