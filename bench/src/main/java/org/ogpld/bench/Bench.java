package org.ogpld.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The benchmark harness: {@code java -jar bench/target/ogpld-bench.jar all --sf 1}. Each command generates (or
 * reuses) the data of its scale factor under the work folder and prints Markdown tables, also appended to
 * {@code results-sf{N}.md} there.
 */
@Command(name = "ogpld-bench", mixinStandardHelpOptions = true,
        description = "OGP-LD benchmarks side by side with stock Jena Fuseki and Jena's tools.",
        subcommands = {GenerateCommand.class, WriteCommand.class, LoadCommand.class, QueryCommand.class,
            AllCommand.class, FeedCommand.class, FeedHttpCommand.class, BrowseCommand.class,
            ReplicationCommand.class},
        footer = {"", "Examples:", "  java -jar bench/target/ogpld-bench.jar all --sf 1",
            "  java -jar bench/target/ogpld-bench.jar generate --sf 10 --out /tmp/sf10.nq"})
public final class Bench implements Runnable {

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new Bench()).execute(args));
    }
}
