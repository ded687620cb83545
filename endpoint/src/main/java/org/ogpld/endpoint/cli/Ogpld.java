package org.ogpld.endpoint.cli;

import picocli.CommandLine;

/**
 * Entry point of {@code ogpld.jar}.
 *
 * <pre>{@code
 * java -jar endpoint/target/ogpld.jar serve --port 3030 --store ./data/ogp
 * }</pre>
 *
 * <p>Exit codes: 0 ok, 1 invalid input, 2 usage.
 */
public final class Ogpld {

    private Ogpld() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code; {@code serve} returns once the server has stopped. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        return new CommandLine(new OgpldCommand())
                .setExitCodeExceptionMapper(ex -> ex instanceof CommandLine.ParameterException ? ExitCodes.USAGE
                        : ExitCodes.INVALID_INPUT)
                .setExecutionExceptionHandler(Ogpld::reportFailure);
    }

    /**
     * A failed command prints what went wrong, not a stack trace: the message of the project's own exception in the
     * cause chain, which names the file and place ({@code file:line:column: message}) or the folder, without what
     * Spring wrapped around it; else the cause chain on one line.
     */
    private static int reportFailure(Exception ex, CommandLine commandLine, CommandLine.ParseResult parsed) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t.getClass().getName().startsWith("org.ogpld.") && t.getMessage() != null) {
                commandLine.getErr().println("ogpld " + commandLine.getCommandName() + ": " + t.getMessage());
                return ExitCodes.INVALID_INPUT;
            }
        }
        StringBuilder message = new StringBuilder("ogpld " + commandLine.getCommandName() + ": ");
        String separator = "";
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t.getMessage() != null && message.indexOf(t.getMessage()) < 0) {
                message.append(separator).append(t.getMessage());
                separator = ": ";
            }
        }
        commandLine.getErr().println(message);
        return ExitCodes.INVALID_INPUT;
    }
}
