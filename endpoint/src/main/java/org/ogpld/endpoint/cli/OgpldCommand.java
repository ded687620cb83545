package org.ogpld.endpoint.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The top command. With no subcommand it serves, as {@code ogpld serve} would with default settings. To add a
 * subcommand, write a picocli {@code @Command} class returning an exit code from {@link ExitCodes} and list it
 * in {@code subcommands} below; it must not start Spring.
 */
@Command(name = "ogpld",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "OGP-LD: Open Government Partnership Linked Data tools and SPARQL endpoint.",
        subcommands = {ServeCommand.class, ValidateCommand.class, ConvertCommand.class, ImportCommand.class,
            LoadCommand.class, LinkCommand.class, ReindexCommand.class, LogCommand.class, FollowCommand.class,
            CommandLine.HelpCommand.class},
        footer = {"", "Examples:", "  ogpld serve --port 3030 --store ./data/ogp",
            "  ogpld serve --in-memory --load data.ttl", "  ogpld validate round-table.yaml",
            "  ogpld convert round-table.yaml --to jsonld --frame event",
            "  ogpld import ogp-csv open_parliament_0703.csv -o commitments.trig",
            "  ogpld load commitments.trig --store ./data/ogp", "  ogpld link --store ./data/ogp",
            "  ogpld log list --store ./data/ogp", "  ogpld follow http://localhost:3030/feed --into ./mirror"})
final class OgpldCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        return new ServeCommand().call();
    }
}
