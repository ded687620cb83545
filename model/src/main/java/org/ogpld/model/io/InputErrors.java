package org.ogpld.model.io;

import java.util.List;
import org.apache.jena.riot.RiotParseException;
import org.ogpld.model.InvalidPublicationException;
import org.ogpld.model.Problem;
import org.ogpld.model.imports.ImportException;

/**
 * What went wrong reading a source, in the one format every command and the server use: one line per problem,
 * {@code file:line:column: message}, with as much of the place as is known ({@code file:line: message},
 * {@code file: message}), so that editors and people can jump to it.
 */
public final class InputErrors {

    private InputErrors() {
    }

    /** The problems of {@code failure}, each on a line of its own, placed in {@code location}. */
    public static List<String> lines(String location, Exception failure) {
        if (failure instanceof RiotParseException parse) {
            return List.of(location + ":" + parse.getLine() + ":" + parse.getCol() + ": "
                    + parse.getOriginalMessage());
        }
        if (failure instanceof InvalidPublicationException invalid) {
            return invalid.problems().stream().map(p -> placed(location, p)).toList();
        }
        if (failure instanceof ImportException imported) {
            return imported.problems().stream().map(Object::toString).toList();
        }
        String message = String.valueOf(failure.getMessage());
        return List.of(message.startsWith(location + ":") ? message : location + ": " + message);
    }

    /** {@code problem} as a line, placed in {@code location} if it names no file of its own. */
    public static String placed(String location, Problem problem) {
        return problem.file().isPresent() ? problem.toString() : location + ": " + problem;
    }

    /** The problems of {@code failure} as one text, a line each. */
    public static String text(String location, Exception failure) {
        return String.join("\n", lines(location, failure));
    }
}
