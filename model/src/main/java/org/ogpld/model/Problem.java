package org.ogpld.model;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * One thing wrong with a publication, said so that a publisher can fix it: where (the authoring path such as
 * {@code events.round-table.talks[2].speaker}, and the file and line when known) and what.
 *
 * @param path    the authoring path, or the resource and property for records built in code
 * @param file    the file the problem is in
 * @param line    its line, from 1
 * @param column  its column, from 1
 * @param message what is wrong and how to put it right
 */
public record Problem(String path, Optional<String> file, OptionalInt line, OptionalInt column, String message) {

    public Problem {
        Checks.required(path, "path");
        file = Checks.optional(file);
        line = line == null ? OptionalInt.empty() : line;
        column = column == null ? OptionalInt.empty() : column;
        Checks.nonBlank(message, "message");
    }

    /** A problem with no known file position. */
    public static Problem at(String path, String message) {
        return new Problem(path, Optional.empty(), OptionalInt.empty(), OptionalInt.empty(), message);
    }

    /** This problem placed in {@code file} at {@code line}:{@code column}. */
    public Problem in(String file, int line, int column) {
        return new Problem(path, Optional.ofNullable(file), OptionalInt.of(line), OptionalInt.of(column), message);
    }

    /** {@code file:line:column: path: message}, with what is known. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        file.ifPresent(f -> s.append(f).append(':'));
        line.ifPresent(l -> s.append(l).append(':'));
        column.ifPresent(c -> s.append(c).append(':'));
        if (!s.isEmpty()) {
            s.append(' ');
        }
        if (!path.isEmpty()) {
            s.append(path).append(": ");
        }
        return s.append(message).toString();
    }
}
