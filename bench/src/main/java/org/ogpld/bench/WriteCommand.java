package org.ogpld.bench;

import java.util.concurrent.Callable;
import org.ogpld.bench.write.WriteBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code write}: mapping and writers, ours against Jena's, with the JSON-LD outputs proven equivalent. */
@Command(name = "write", mixinStandardHelpOptions = true, description = "Mapping and writing: ours vs Jena's writers.")
final class WriteCommand implements Callable<Integer> {

    @Mixin
    Options options;

    @Option(names = "--warmups", description = "JMH warm-up iterations (default 2)")
    int warmups = 2;

    @Option(names = "--measurements", description = "JMH measured iterations (default 5)")
    int measurements = 5;

    @Option(names = "--rounds", description = "rounds of the alternating JSON-LD comparison (default 7)")
    int rounds = 7;

    @Override
    public Integer call() throws Exception {
        WriteBenchmark benchmark = new WriteBenchmark(options.scale, options.seed, options.heap);
        options.report(benchmark.equivalence());
        options.report(benchmark.alternating(rounds));
        options.report(benchmark.throughput(warmups, measurements));
        return 0;
    }
}
