package org.ogpld.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import org.ogpld.bench.data.Generator;
import org.ogpld.bench.data.NQuadsExport;
import org.ogpld.bench.load.LoadBenchmark;
import org.ogpld.bench.load.VirtuosoLoad;
import org.ogpld.bench.process.Folders;
import org.ogpld.bench.process.Tools;
import org.ogpld.bench.process.Virtuoso;
import org.ogpld.bench.process.VirtuosoIni;
import org.ogpld.bench.report.Table;
import org.ogpld.model.Iris;
import picocli.CommandLine.Option;

/** Options every benchmark command shares, and the data and folders they derive. */
final class Options {

    @Option(names = "--sf", description = "scale factor: 1 ≈ 100k triples, 10 ≈ 1M, 100 ≈ 10M (default 1)")
    double scale = 1;

    @Option(names = "--seed", description = "generator seed (default 42)")
    long seed = 42;

    @Option(names = "--work", description = "work folder (default: bench/target/work beside the harness jar)")
    Path work;

    @Option(names = "--xmx", description = "heap of every JVM under test, the same for ours and the baseline "
            + "(default 2g); Virtuoso's memory is sized like it")
    String heap = "2g";

    @Option(names = "--virtuoso", description = "OpenLink Virtuoso's virtuoso-t (or its folder), compared where it "
            + "is installed (default: virtuoso-t on the PATH, if any)")
    Path virtuosoPath;

    @Option(names = "--no-virtuoso", description = "leave Virtuoso out even if it is installed")
    boolean noVirtuoso;

    private Optional<Virtuoso> virtuoso;

    /** The folder of this scale factor's data, stores and logs. */
    Path folder() {
        Path base = work != null ? work : Tools.harnessTarget().resolve("work");
        return base.resolve("sf" + java.math.BigDecimal.valueOf(scale).stripTrailingZeros().toPlainString());
    }

    Tools tools() {
        return Tools.beside(Tools.harnessTarget()).check();
    }

    List<String> jvmOptions() {
        return List.of("-Xmx" + heap, "-Xms" + heap);
    }

    /**
     * Virtuoso, if it is installed and not left out; says once, on standard output, when it runs without it.
     */
    Optional<Virtuoso> virtuoso() {
        if (virtuoso == null) {
            virtuoso = noVirtuoso ? Optional.empty() : Virtuoso.find(virtuosoPath);
            if (virtuoso.isEmpty() && !noVirtuoso) {
                System.out.println("Virtuoso (virtuoso-t) is not on the PATH: running without it. To compare with it: "
                        + "apt-get install virtuoso-opensource, or --virtuoso PATH.");
            }
        }
        return virtuoso;
    }

    /** The memory of a Virtuoso instance: the JVMs' heap. */
    long virtuosoMemory() {
        return VirtuosoIni.bytes(heap);
    }

    /** A load benchmark of this scale factor, with Virtuoso's loader where it is installed. */
    LoadBenchmark loadBenchmark() {
        return new LoadBenchmark(tools(), jvmOptions(), folder(),
                virtuoso().map(v -> new VirtuosoLoad(v, virtuosoMemory(), folder())).orElse(null));
    }

    /**
     * A copy, in folder {@code name}, of this scale factor's Virtuoso database as Virtuoso's bulk loader builds it
     * (built on first use).
     */
    Path virtuosoStoreCopy(Virtuoso installed, String name) {
        Path source = folder().resolve("store-virtuoso");
        if (!Files.exists(source.resolve("virtuoso.db"))) {
            new VirtuosoLoad(installed, virtuosoMemory(), folder()).load(data().file(), source);
        }
        Path copy = folder().resolve(name);
        Folders.copy(source, copy);
        return copy;
    }

    /** The N-Quads of this scale factor, generated on first use; returns the file and its quad count. */
    Data data() {
        Path file = folder().resolve("data.nq");
        Path count = folder().resolve("data.count");
        try {
            if (!Files.exists(count)) {
                Files.createDirectories(folder());
                long t0 = System.nanoTime();
                long quads;
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                    quads = new NQuadsExport(Iris.defaults()).write(new Generator(seed, scale), out);
                }
                Files.writeString(count, Long.toString(quads));
                System.out.printf("generated %,d quads (SF %s, seed %d) in %.1f s: %s%n", quads, scale, seed,
                        (System.nanoTime() - t0) / 1e9, file);
            }
            return new Data(file, Long.parseLong(Files.readString(count).strip()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A copy, in folder {@code name}, of this scale factor's store as {@code tdb2.tdbloader} builds it (built on
     * first use): the same starting store for every server under test.
     */
    Path storeCopy(String name) {
        Path source = folder().resolve("store-tdbloader");
        if (!Files.exists(source)) {
            Data data = data();
            new LoadBenchmark(tools(), jvmOptions(), folder()).run(data.file(), data.quads(), 1, source);
        }
        Path copy = folder().resolve(name);
        Folders.copy(source, copy);
        return copy;
    }

    /** Prints a table and appends it to the scale factor's results file. */
    void report(Table table) {
        String markdown = table.markdown();
        System.out.print(markdown);
        try {
            Files.createDirectories(folder());
            Files.writeString(folder().resolve("results.md"), markdown, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Generated data.
     *
     * @param file  the N-Quads file
     * @param quads how many quads it holds
     */
    record Data(Path file, long quads) {}
}
