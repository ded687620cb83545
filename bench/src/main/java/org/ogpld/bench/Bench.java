package org.ogpld.bench;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ogpld.bench.data.Generator;
import org.ogpld.bench.data.NQuadsExport;
import org.ogpld.model.Iris;

public final class Bench {
    public static void main(String[] args) throws Exception {
        double sf = Double.parseDouble(args[0]);
        long t0 = System.nanoTime();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(args[1])), 1 << 16)) {
            long q = new NQuadsExport(Iris.defaults()).write(new Generator(42, sf), out);
            System.out.println(q + " quads in " + (System.nanoTime() - t0) / 1e9 + " s");
        }
    }
}
