package org.ogpld.endpoint.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.ogpld.endpoint.changes.FeedFollower;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ogpld follow URL --into DIR}: replays an OGP-LD event stream into a local TDB2 store, from the server's
 * snapshot (or the first page) on, then keeps following it.
 */
@Command(name = "follow",
        mixinStandardHelpOptions = true,
        description = {"Replay an OGP-LD change feed (/feed) into a local TDB2 store and keep following it: the "
                + "snapshot (/dump) and the pages after it, each page fetched once, the newest again when it changes.",
            "Exit code 0 after --once, 1 if the feed or the store fails, 2 for a wrong command line."},
        footer = {"", "Examples:", "  ogpld follow http://localhost:3030/feed --into ./mirror",
            "  ogpld follow https://data.example.org/feed --into ./mirror --from-start --every 60s"})
final class FollowCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "URL", description = "The feed: {server}/feed.")
    URI feed;

    @Option(names = "--into", required = true, paramLabel = "DIR", description = "The local TDB2 store: a new or "
            + "empty folder.")
    Path into;

    @Option(names = "--from-start", description = "Replay every page from the first instead of starting from the "
            + "snapshot.")
    boolean fromStart;

    @Option(names = "--every", defaultValue = "30s", paramLabel = "DURATION", description = "How often to ask for "
            + "the newest page (default 30s; e.g. 10s, 5m).")
    String every;

    @Option(names = "--once", description = "Catch up once and stop.")
    boolean once;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Duration interval = Duration.parse("PT" + every.toUpperCase(java.util.Locale.ROOT));
        Dataset dataset = TDB2Factory.connectDataset(into.toString());
        try {
            if (!Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().isEmpty())) {
                spec.commandLine().getErr().println(into + ": not empty; follow into a new or empty store");
                return ExitCodes.INVALID_INPUT;
            }
            FeedFollower follower = FeedFollower.of(feed);
            follower.start(dataset.asDatasetGraph(), !fromStart);
            while (true) {
                int members = follower.catchUp(dataset.asDatasetGraph());
                out.printf("%s: %d new member(s), next page %s%n", java.time.Instant.now(), members,
                        follower.page());
                out.flush();
                if (once) {
                    return ExitCodes.OK;
                }
                Thread.sleep(interval.toMillis());
            }
        } finally {
            TDBInternal.expel(dataset.asDatasetGraph());
        }
    }
}
