package org.ogpld.bench;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code load}: bulk load, ours against {@code tdb2.tdbloader} and, where it is installed, Virtuoso's loader. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Bulk load: ours vs tdb2.tdbloader (and Virtuoso's loader, if installed).")
final class LoadCommand implements Callable<Integer> {

    @Mixin
    Options options;

    @Option(names = "--rounds", description = "loads per tool, alternating (default 2)")
    int rounds = 2;

    @Override
    public Integer call() {
        Options.Data data = options.data();
        options.report(options.loadBenchmark().run(data.file(), data.quads(), rounds, options.folder().resolve("store-tdbloader")));
        return 0;
    }
}
