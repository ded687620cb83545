package org.ogpld.endpoint.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.jena.riot.RiotException;
import org.ogpld.endpoint.store.OutOfSpace;
import org.ogpld.model.InvalidPublicationException;
import org.ogpld.model.Problem;
import org.ogpld.model.imports.ImportException;
import org.ogpld.model.imports.ImportProblem;
import org.ogpld.model.io.InputErrors;
import org.ogpld.model.rdf.MappingException;

/**
 * Prints what went wrong with an input file, one problem per line, each starting with where it is
 * ({@code file:line: …}), so that editors and people can jump to it.
 */
final class Report {

    private final PrintWriter out;

    Report(PrintWriter out) {
        this.out = out;
    }

    void errors(Path file, List<Problem> problems) {
        problems.forEach(p -> out.println("error: " + located(file, p)));
    }

    void warnings(Path file, List<Problem> problems) {
        problems.forEach(p -> out.println("warning: " + located(file, p)));
    }

    /** What an import left out ({@code rejected:}) and what it kept, repaired or ignored ({@code warning:}). */
    void rejected(List<ImportProblem> problems) {
        problems.forEach(p -> out.println((p.warning() ? "warning: " : "rejected: ") + p));
        long warnings = problems.stream().filter(ImportProblem::warning).count();
        long rejected = problems.size() - warnings;
        if (rejected > 0) {
            out.println(rejected + " problem(s): records or fields left out of the import (--lenient)");
        }
        if (warnings > 0) {
            out.println(warnings + " warning(s): kept, repaired or ignored; nothing wrong was imported");
        }
    }

    void line(String text) {
        out.println(text);
    }

    /**
     * Prints the failure of reading or writing {@code file} and returns {@link ExitCodes#INVALID_INPUT}, if it is one
     * of the failures bad input causes; any other failure is thrown on.
     */
    int invalidInput(Path file, Exception e) {
        if (failure(file, e)) {
            return ExitCodes.INVALID_INPUT;
        }
        throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
    }

    /** Prints the failure of reading or writing {@code file}, if bad input caused it; returns whether it did. */
    private boolean failure(Path file, Exception e) {
        Optional<String> outOfSpace = OutOfSpace.reason(e);
        if (outOfSpace.isPresent()) {
            out.println("error: " + file + ": out of space (" + outOfSpace.get() + "); nothing was written");
        } else if (e instanceof ImportException imported) {
            InputErrors.lines(file.toString(), e).forEach(line -> out.println("error: " + line));
            out.println(file + ": nothing imported: " + imported.problems().size() + " problem(s)");
        } else if (e instanceof InvalidPublicationException invalid) {
            errors(file, invalid.problems());
            out.println(file + ": invalid: " + invalid.problems().size() + " problem(s); nothing written");
        } else if (e instanceof NoSuchFileException) {
            out.println("error: " + file + ": no such file");
        } else if (e instanceof RiotException || e instanceof MappingException || e instanceof IOException
                || e instanceof IllegalArgumentException) {
            InputErrors.lines(file.toString(), e).forEach(line -> out.println("error: " + line));
        } else {
            return false;
        }
        out.flush();
        return true;
    }

    private static String located(Path file, Problem problem) {
        return InputErrors.placed(file.toString(), problem);
    }
}
