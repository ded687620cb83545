package org.ogpld.model.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Collects the problems of one import, for one source file. */
public final class Problems {

    private final String source;
    private final List<ImportProblem> found = new ArrayList<>();
    private final List<ImportProblem> warnings = new ArrayList<>();

    public Problems(String source) {
        this.source = source;
    }

    /** Records a problem; {@code field} and {@code value} may be null. */
    public void add(long line, String record, String field, String value, String message) {
        found.add(ImportProblem.of(source, line, record, field, value, message));
    }

    /**
     * Records a warning: something kept, repaired or ignored that publishes nothing wrong (an unknown collection, a
     * URL with a character to percent-encode). Warnings never stop an import, strict or lenient.
     */
    public void warn(long line, String record, String field, String value, String message) {
        warnings.add(new ImportProblem(source, line, record, Optional.ofNullable(field), Optional.ofNullable(value),
                message, true));
    }

    /** The warnings found, in the order found. */
    public List<ImportProblem> warnings() {
        return List.copyOf(warnings);
    }

    /** How many problems were found so far. */
    public int count() {
        return found.size();
    }

    /** The problems found, in the order found. */
    public List<ImportProblem> list() {
        return List.copyOf(found);
    }

    /** Throws an {@link ImportException} if any problem was found. */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new ImportException(found);
        }
    }
}
