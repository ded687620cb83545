package org.ogpld.bench.load;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.ogpld.bench.process.Folders;
import org.ogpld.bench.process.JavaProcess;
import org.ogpld.bench.process.Server;
import org.ogpld.bench.process.Tools;
import org.ogpld.bench.report.Table;

/**
 * Bulk load of one N-Quads file into a fresh TDB2 store: Jena's {@code tdb2.tdbloader} (jena-cmds) against ours,
 * each in its own JVM with the same options, alternating, under {@code /usr/bin/time -v} for the peak resident set.
 * Ours is {@code ogpld load} when the endpoint jar has that command; until then it is the endpoint's initial load
 * ({@code ogpld serve --load}), timed from the log line that says the store is open to the one that says it is
 * loaded.
 */
public final class LoadBenchmark {

    private static final Duration LIMIT = Duration.ofHours(2);

    private final Tools tools;
    private final List<String> jvmOptions;
    private final Path work;

    public LoadBenchmark(Tools tools, List<String> jvmOptions, Path work) {
        this.tools = tools;
        this.jvmOptions = jvmOptions;
        this.work = work;
    }

    /**
     * A load by one tool.
     *
     * @param seconds how long it took
     * @param peakMib its peak resident set
     */
    public record Run(double seconds, double peakMib) {}

    /** Loads {@code data} ({@code quads} quads) {@code rounds} times with each tool; leaves the last tdbloader store in {@code store}. */
    public Table run(Path data, long quads, int rounds, Path store) {
        boolean ogpldLoad = hasLoadCommand();
        List<Run> baseline = new ArrayList<>();
        List<Run> ours = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            if (round % 2 == 0) {
                baseline.add(tdbloader(data, store));
                ours.add(ogpldLoad ? ogpldLoad(data) : initialLoad(data));
            } else {
                ours.add(ogpldLoad ? ogpldLoad(data) : initialLoad(data));
                baseline.add(tdbloader(data, store));
            }
        }
        Run b = best(baseline);
        Run o = best(ours);
        return new Table("Bulk load into TDB2 (" + String.format("%,d", quads) + " quads, best of " + rounds + ")",
                "tool", "seconds", "quads/s", "peak RSS MiB")
                .row(ogpldLoad ? "ours: `ogpld load`" : "ours: endpoint initial load (`serve --load`)", o.seconds(),
                        quads / o.seconds(), o.peakMib())
                .row("Jena `tdb2.tdbloader` 5.6.0", b.seconds(), quads / b.seconds(), b.peakMib())
                .row("ratio ours/tdbloader (throughput)", "", (b.seconds() / o.seconds()), "")
                .note(ogpldLoad ? "" : "`ogpld load` is not in the endpoint jar yet (branch `importers`): ours is the"
                        + " endpoint's initial load (one write transaction through RIOT into TDB2), timed between its"
                        + " log lines 'Store: TDB2 at' and 'Loaded … into the empty store'; its peak RSS includes the"
                        + " web server.");
    }

    private static Run best(List<Run> runs) {
        return runs.stream().min(java.util.Comparator.comparingDouble(Run::seconds)).orElseThrow();
    }

    private Run tdbloader(Path data, Path store) {
        Folders.delete(store);
        List<String> args = new ArrayList<>(jvmOptions);
        args.addAll(List.of("-cp", tools.jenaCmdsClasspath(), "tdb2.tdbloader", "--loc", store.toString(),
                data.toString()));
        return timed(args, "tdbloader");
    }

    private Run ogpldLoad(Path data) {
        Path store = work.resolve("store-ogpld-load");
        Folders.delete(store);
        List<String> args = new ArrayList<>(jvmOptions);
        args.addAll(List.of("-jar", tools.ogpldJar().toString(), "load", data.toString(), "--store", store.toString()));
        return timed(args, "ogpld-load");
    }

    private Run timed(List<String> args, String name) {
        JavaProcess process = JavaProcess.start(args, work.resolve("logs/" + name + ".log"), true);
        int exit = process.await(LIMIT);
        double seconds = process.elapsedSeconds();
        if (exit != 0) {
            throw new IllegalStateException(name + " failed with exit code " + exit + "; see " + process.logFile());
        }
        return new Run(seconds, process.maxRssMib());
    }

    private Run initialLoad(Path data) {
        Path store = work.resolve("store-initial-load");
        Folders.delete(store);
        double peak;
        String log;
        try (Server server = Server.ours(tools, store, jvmOptions, data, work.resolve("logs/ogpld-initial-load.log"))) {
            peak = server.process().memory().hwmMib();
            log = server.process().log();
        }
        Folders.delete(store);
        Duration loading = Duration.between(logged(log, "Store: TDB2 at"), logged(log, "into the empty store"));
        return new Run(loading.toNanos() / 1e9, peak);
    }

    /** The time stamp of the log line containing {@code text}: the store is opened, then loaded, then logged. */
    private static Instant logged(String log, String text) {
        return log.lines().filter(l -> l.contains(text)).findFirst()
                .map(l -> Instant.parse(l.substring(0, l.indexOf(' '))))
                .orElseThrow(() -> new IllegalStateException("no log line with '" + text + "'"));
    }

    private boolean hasLoadCommand() {
        JavaProcess help = JavaProcess.start(List.of("-jar", tools.ogpldJar().toString(), "--help"),
                work.resolve("logs/ogpld-help.log"), false);
        return help.await(Duration.ofMinutes(2)) == 0
                && help.log().lines().anyMatch(line -> line.matches("\\s+load\\b.*"));
    }
}
