package org.ogpld.endpoint.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.ogpld.endpoint.changes.ChangeLog;
import org.ogpld.endpoint.changes.FeedProperties;
import org.ogpld.endpoint.changes.LogCompaction;
import org.ogpld.endpoint.changes.LogEntry;
import org.ogpld.endpoint.changes.LogProperties;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.util.unit.DataSize;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ogpld log list|show|replay|compact --store DIR}: the change log a store keeps of its committed writes (one
 * RDF Patch per transaction): list the entries, print one, replay them into another store, or drop the oldest.
 */
@Command(name = "log",
        mixinStandardHelpOptions = true,
        description = {"The change log of a store: one RDF Patch per committed write (updates, graph store writes, "
                + "the initial load), kept in the same TDB2 transaction as the data.",
            "Stop the endpoint first: a store is used by one process at a time.",
            "compact drops the oldest entries and their feed members as --retain-entries and --retain-age say "
                + "(whole feed pages; the store itself is the snapshot), as the server does after each write.",
            "Exit code 0 on success, 1 if the store or an entry cannot be read, 2 for a wrong command line."},
        footer = {"", "Examples:", "  ogpld log list --store ./data/ogp", "  ogpld log show 42 --store ./data/ogp",
            "  ogpld log replay --store ./data/ogp --into ./copy",
            "  ogpld log compact --store ./data/ogp --retain-entries 10000 --retain-age 30d"})
final class LogCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "list|show|replay|compact", description = "What to do.")
    String action;

    @Parameters(index = "1", arity = "0..1", paramLabel = "ENTRY", description = "The entry to show (show).")
    Long entry;

    @Option(names = "--store", required = true, paramLabel = "DIR", description = "The store whose log to read.")
    Path store;

    @Option(names = "--into", paramLabel = "DIR", description = "The store to replay into (replay): a new or empty"
            + " folder.")
    Path into;

    @Option(names = "--to", paramLabel = "ENTRY", description = "The last entry to replay (replay; default: all).")
    Long to;

    @Option(names = "--retain-entries", paramLabel = "N", description = "Keep at least the newest N entries "
            + "(compact; default 0: any number).")
    long retainEntries;

    @Option(names = "--retain-age", paramLabel = "AGE", description = "Drop entries older than AGE, e.g. 30d, 12h "
            + "or P30D (compact; default 0: any age).")
    String retainAge = "0s";

    @Option(names = "--retain-size", paramLabel = "SIZE", description = "Keep no more of the newest entries than "
            + "fit in SIZE, e.g. 500MB (compact; default 0: any size).")
    String retainSize = "0B";

    @Option(names = "--page-size", paramLabel = "N", description = "The server's ogpld.feed.page-size (compact; "
            + "default ${DEFAULT-VALUE}).")
    int pageSize = FeedProperties.DEFAULT_PAGE_SIZE;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(store)) {
            err.println(store + ": no such store folder");
            return ExitCodes.INVALID_INPUT;
        }
        Dataset dataset = TDB2Factory.connectDataset(store.toString());
        try {
            return switch (action) {
                case "list" -> list(dataset, out);
                case "show" -> show(dataset, out, err);
                case "replay" -> replay(dataset, out, err);
                case "compact" -> compact(dataset, out, err);
                default -> {
                    err.println("Unknown action '" + action + "': list, show, replay or compact");
                    yield ExitCodes.USAGE;
                }
            };
        } finally {
            TDBInternal.expel(dataset.asDatasetGraph());
            out.flush();
        }
    }

    private int list(Dataset dataset, PrintWriter out) {
        Txn.executeRead(dataset, () -> {
            ChangeLog.Head head = ChangeLog.head(dataset.asDatasetGraph());
            ChangeLog.Retained kept = ChangeLog.retained(dataset.asDatasetGraph());
            if (kept.firstEntry() > 1) {
                out.printf("Entries 1 to %d were compacted away%n", kept.firstEntry() - 1);
            }
            for (long seq = kept.firstEntry(); seq <= head.last(); seq++) {
                ChangeLog.entry(dataset.asDatasetGraph(), seq).ifPresent(e -> out.printf("%d\t%s\t%s\t%d change(s)"
                        + "\t%d member(s)%n", e.seq(), e.time(), e.user().isEmpty() ? "-" : e.user(),
                        e.patch().lines().filter(l -> l.startsWith("A ") || l.startsWith("D ")).count(),
                        e.memberCount()));
            }
            out.printf("%d entries, %d stream members%n", head.last(), head.members());
        });
        return ExitCodes.OK;
    }

    private int show(Dataset dataset, PrintWriter out, PrintWriter err) {
        if (entry == null) {
            err.println("show needs the number of an entry (see ogpld log list)");
            return ExitCodes.USAGE;
        }
        return Txn.calculateRead(dataset, () -> ChangeLog.entry(dataset.asDatasetGraph(), entry).map(e -> {
            out.print(e.patch());
            return ExitCodes.OK;
        }).orElseGet(() -> {
            err.println(store + ": the log holds no entry " + entry);
            return ExitCodes.INVALID_INPUT;
        }));
    }

    private int compact(Dataset dataset, PrintWriter out, PrintWriter err) {
        LogProperties policy;
        try {
            policy = new LogProperties(true, retainEntries, DurationStyle.detectAndParse(retainAge),
                    DataSize.parse(retainSize));
        } catch (IllegalArgumentException ex) {
            err.println("--retain-entries / --retain-age / --retain-size: " + ex.getMessage());
            return ExitCodes.USAGE;
        }
        if (policy.keepsEverything() || pageSize < 1) {
            err.println("compact needs --retain-entries N, --retain-age AGE or --retain-size SIZE (and --page-size of 1"
                    + " or more)");
            return ExitCodes.USAGE;
        }
        LogCompaction.Compacted dropped = Txn.calculateWrite(dataset, () -> LogCompaction.compact(
                dataset.asDatasetGraph(), policy, pageSize, Instant.now()));
        ChangeLog.Retained kept = Txn.calculateRead(dataset, () -> ChangeLog.retained(dataset.asDatasetGraph()));
        out.printf("Dropped %d entries and %d stream members; the log keeps entries from %d, members from %d%n",
                dropped.entries(), dropped.members(), kept.firstEntry(), kept.firstMember());
        return ExitCodes.OK;
    }

    private int replay(Dataset dataset, PrintWriter out, PrintWriter err) {
        if (into == null) {
            err.println("replay needs --into DIR");
            return ExitCodes.USAGE;
        }
        Dataset target = TDB2Factory.connectDataset(into.toString());
        try {
            if (!Txn.calculateRead(target, () -> target.asDatasetGraph().isEmpty())) {
                err.println(into + ": not empty; replay into a new or empty store");
                return ExitCodes.INVALID_INPUT;
            }
            long first = Txn.calculateRead(dataset, () -> ChangeLog.retained(dataset.asDatasetGraph()).firstEntry());
            if (first > 1) {
                err.println(store + ": entries 1 to " + (first - 1) + " were compacted away, so replaying the log "
                        + "cannot rebuild the store; copy the store itself (ogpld dump) instead");
                return ExitCodes.INVALID_INPUT;
            }
            long last = Txn.calculateRead(dataset, () -> ChangeLog.head(dataset.asDatasetGraph()).last());
            long end = to == null ? last : Math.min(to, last);
            for (long seq = 1; seq <= end; seq++) {
                long wanted = seq;
                LogEntry found = Txn.calculateRead(dataset, () -> ChangeLog.entry(dataset.asDatasetGraph(), wanted))
                        .orElseThrow(() -> new IllegalStateException(store + ": the log holds no entry " + wanted));
                ChangeLog.replay(found, target.asDatasetGraph());
            }
            out.printf("Replayed %d entries into %s%n", end, into);
            return ExitCodes.OK;
        } finally {
            TDBInternal.expel(target.asDatasetGraph());
        }
    }
}
