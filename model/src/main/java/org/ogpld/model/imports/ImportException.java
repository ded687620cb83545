package org.ogpld.model.imports;

import java.util.List;
import java.util.stream.Collectors;

/** The input has problems, so nothing was imported; {@link #problems()} lists them all. */
public class ImportException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final int LISTED = 20;

    private final transient List<ImportProblem> problems;

    public ImportException(List<ImportProblem> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in input order. */
    public List<ImportProblem> problems() {
        return problems;
    }

    private static String message(List<ImportProblem> problems) {
        String listed = problems.stream().limit(LISTED).map(p -> "  " + p).collect(Collectors.joining("\n"));
        String more = problems.size() > LISTED ? "\n  … and " + (problems.size() - LISTED) + " more" : "";
        return problems.size() + " problem(s); nothing imported:\n" + listed + more;
    }
}
