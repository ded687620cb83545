package org.ogpld.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ogpld.bench.data.Generator;
import org.ogpld.bench.data.NQuadsExport;
import org.ogpld.model.Iris;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code generate}: writes the data of a scale factor as N-Quads. */
@Command(name = "generate", mixinStandardHelpOptions = true, description = "Write generated OGP data as N-Quads.")
final class GenerateCommand implements Callable<Integer> {

    @Mixin
    Options options;

    @Option(names = "--out", required = true, description = "N-Quads file to write")
    Path out;

    @Option(names = "--base", description = "base IRI (default http://localhost:3030/)")
    String base = Iris.DEFAULT_BASE;

    @Override
    public Integer call() throws IOException {
        long t0 = System.nanoTime();
        long quads;
        try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
            quads = new NQuadsExport(new Iris(base)).write(new Generator(options.seed, options.scale), stream);
        }
        System.out.printf("%,d quads in %.1f s: %s%n", quads, (System.nanoTime() - t0) / 1e9, out);
        return 0;
    }
}
