package org.ogpld.bench.load;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ogpld.bench.process.Folders;
import org.ogpld.bench.process.JavaProcess;
import org.ogpld.bench.process.Tools;
import org.ogpld.bench.report.Table;

/**
 * Bulk load of one N-Quads file into a fresh TDB2 store: Jena's {@code tdb2.tdbloader} (jena-cmds) against ours,
 * each in its own JVM with the same options, alternating, under {@code /usr/bin/time -v} for the peak resident set.
 * Each runs as it is shipped: tdbloader from jena-cmds' class path, ours as {@code bin/ogpld load} runs it (the jar
 * extracted to {@code endpoint/target/cli} with its class-data archive). Where Virtuoso is installed, its own bulk
 * loader ({@link VirtuosoLoad}) takes its turn in each round too.
 */
public final class LoadBenchmark {

    private static final Duration LIMIT = Duration.ofHours(2);

    private final Tools tools;
    private final List<String> jvmOptions;
    private final Path work;
    private final VirtuosoLoad virtuoso;

    public LoadBenchmark(Tools tools, List<String> jvmOptions, Path work) {
        this(tools, jvmOptions, work, null);
    }

    /** With Virtuoso's loader as a third tool, unless {@code virtuoso} is null. */
    public LoadBenchmark(Tools tools, List<String> jvmOptions, Path work, VirtuosoLoad virtuoso) {
        this.tools = tools;
        this.jvmOptions = jvmOptions;
        this.work = work;
        this.virtuoso = virtuoso;
    }

    /**
     * A load by one tool.
     *
     * @param seconds how long it took
     * @param peakMib its peak resident set
     */
    public record Run(double seconds, double peakMib) {}

    /**
     * Loads {@code data} ({@code quads} quads) {@code rounds} times with each tool; leaves the last tdbloader store in
     * {@code store} and the last Virtuoso database in {@code store-virtuoso} beside it.
     */
    public Table run(Path data, long quads, int rounds, Path store) {
        List<Run> baseline = new ArrayList<>();
        List<Run> ours = new ArrayList<>();
        List<VirtuosoLoad.Run> virtuosoRuns = new ArrayList<>();
        Path virtuosoStore = store.resolveSibling("store-virtuoso");
        for (int round = 0; round < rounds; round++) {
            if (round % 2 == 0) {
                baseline.add(tdbloader(data, store));
                ours.add(ogpldLoad(data));
            } else {
                ours.add(ogpldLoad(data));
                baseline.add(tdbloader(data, store));
            }
            if (virtuoso != null) {
                virtuosoRuns.add(virtuoso.load(data, virtuosoStore));
            }
        }
        Run b = best(baseline);
        Run o = best(ours);
        Table table = new Table("Bulk load (" + String.format("%,d", quads) + " quads, best of " + rounds + ")",
                "tool", "seconds", "quads/s", "peak RSS MiB")
                .row("ours: `bin/ogpld load`", o.seconds(), quads / o.seconds(), o.peakMib())
                .row("Jena `tdb2.tdbloader` 5.6.0", b.seconds(), quads / b.seconds(), b.peakMib())
                .row("ratio ours/tdbloader (throughput)", "", (b.seconds() / o.seconds()), "");
        if (virtuoso != null) {
            VirtuosoLoad.Run v = virtuosoRuns.stream().min(Comparator.comparingDouble(VirtuosoLoad.Run::seconds))
                    .orElseThrow();
            table.row("Virtuoso: server start, `ld_dir` + `rdf_loader_run` + `checkpoint`, shutdown", v.seconds(),
                    quads / v.seconds(), v.peakMib())
                    .row("Virtuoso: `ld_dir` + `rdf_loader_run` + `checkpoint` alone", v.loadSeconds(),
                            quads / v.loadSeconds(), "")
                    .row("ratio ours/Virtuoso (throughput, whole)", "", v.seconds() / o.seconds(), "")
                    .note("Virtuoso's database gained " + String.format("%,d", v.quads()) + " quads (of "
                            + String.format("%,d", quads) + " in the file; a quad repeated in the file counts once).");
        }
        return table;
    }

    private static Run best(List<Run> runs) {
        return runs.stream().min(Comparator.comparingDouble(Run::seconds)).orElseThrow();
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
        Path cli = tools.ogpldJar().resolveSibling("cli");
        // As bin/ogpld starts a load: the class-data archive and the parallel collector.
        args.addAll(List.of("-Xshare:auto", "-XX:SharedArchiveFile=" + cli.resolve("ogpld.jsa"),
                "-XX:+UseParallelGC", "-jar", cli.resolve("ogpld.jar").toString(), "load", data.toString(),
                "--store", store.toString()));
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
}
