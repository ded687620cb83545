package org.ogpld.endpoint.cli;

/** Exit codes shared by every {@code ogpld} subcommand. */
public final class ExitCodes {

    /** Success. */
    public static final int OK = 0;
    /** The input (a file, a store, data) is invalid or could not be processed. */
    public static final int INVALID_INPUT = 1;
    /** The command line itself is wrong (picocli's usage error code). */
    public static final int USAGE = 2;

    private ExitCodes() {}
}
