package org.ogpld.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.ogpld.bench.browse.BrowseBenchmark;
import org.ogpld.bench.process.Server;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code browse}: latency of our facet pages ({@code /browse/commitment}) with 0, 1 and 3 facets. */
@Command(name = "browse", mixinStandardHelpOptions = true,
        description = "Facet page latency: /browse/commitment with 0, 1 and 3 facets, p50/p99.")
final class BrowseCommand implements Callable<Integer> {

    @Mixin
    Options options;

    @Option(names = "--requests", description = "measured selections per facet count, each different (default 200)")
    int requests = 200;

    @Option(names = "--warmup", description = "warm-up requests per facet count (default 20)")
    int warmup = 20;

    @Override
    public Integer call() {
        Path store = options.storeCopy("store-browse");
        try (Server ours = Server.ours(options.tools(), store, options.jvmOptions(), List.of(),
                options.folder().resolve("logs/ogpld-browse.log"))) {
            options.report(new BrowseBenchmark(requests, warmup).run(ours,
                    java.math.BigDecimal.valueOf(options.scale).stripTrailingZeros().toPlainString()));
        }
        return 0;
    }
}
