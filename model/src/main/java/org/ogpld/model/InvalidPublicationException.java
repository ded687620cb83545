package org.ogpld.model;

import java.util.List;
import java.util.stream.Collectors;

/** A publication that must not be published, with every problem found in it. */
public class InvalidPublicationException extends RuntimeException {

    private final transient List<Problem> problems;

    public InvalidPublicationException(List<Problem> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem, in the order found. */
    public List<Problem> problems() {
        return problems;
    }

    private static String message(List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid publication has at least one problem");
        }
        return problems.size() + (problems.size() == 1 ? " problem" : " problems") + ":\n"
                + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
    }
}
