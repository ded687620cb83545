package org.ogpld.endpoint.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.ogpld.endpoint.changes.FeedFollower;
import org.ogpld.endpoint.changes.FollowPosition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ogpld follow URL --into DIR}: replays an OGP-LD event stream into a local TDB2 store, from the server's
 * snapshot (or the first page) on, then keeps following it; run again on the same folder, it goes on from where
 * it stopped ({@link FollowPosition}).
 */
@Command(name = "follow",
        mixinStandardHelpOptions = true,
        description = {"Replay an OGP-LD change feed (/feed) into a local TDB2 store and keep following it: the "
                + "snapshot (/dump) and the pages after it, each page fetched once, the newest again when it changes.",
            "Exit code 0 after --once, 1 if the feed or the store fails, 2 for a wrong command line."},
        footer = {"", "Examples:", "  ogpld follow http://localhost:3030/feed --into ./mirror",
            "  ogpld follow https://data.example.org/feed --into ./mirror --from-start --every 60s"})
final class FollowCommand implements Callable<Integer> {

    /** The file in the store folder that keeps where the follower stands. */
    static final String POSITION = "ogpld-follow.properties";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "URL", description = "The feed: {server}/feed.")
    URI feed;

    @Option(names = "--into", required = true, paramLabel = "DIR", description = "The local TDB2 store: a new or "
            + "empty folder, or one this command followed the same feed into before (it goes on from where it "
            + "stopped, kept in DIR/" + POSITION + ").")
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
            Path saved = into.resolve(POSITION);
            Optional<FollowPosition> position = FollowPosition.load(saved);
            FeedFollower follower;
            if (position.isPresent()) {
                if (!position.get().stream().equals(feed)) {
                    spec.commandLine().getErr().println(into + " follows " + position.get().stream() + ", not "
                            + feed + "; follow " + feed + " into another folder");
                    return ExitCodes.INVALID_INPUT;
                }
                follower = FeedFollower.resume(position.get());
                out.printf("Going on from %s%n", follower.page());
            } else {
                if (!Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().isEmpty())) {
                    spec.commandLine().getErr().println(into + ": not empty and not following a feed; follow into a "
                            + "new or empty store");
                    return ExitCodes.INVALID_INPUT;
                }
                follower = FeedFollower.of(feed);
                follower.start(dataset.asDatasetGraph(), !fromStart);
                follower.position().save(saved);
            }
            while (true) {
                int members = follower.catchUp(dataset.asDatasetGraph());
                // After the members are committed: a restart goes on from here (or a little before, harmlessly).
                follower.position().save(saved);
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
