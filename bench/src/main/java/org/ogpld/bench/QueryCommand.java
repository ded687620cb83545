package org.ogpld.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.ogpld.bench.harvest.HarvestBenchmark;
import org.ogpld.bench.process.Server;
import org.ogpld.bench.process.VirtuosoInstance;
import org.ogpld.bench.query.QueryBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code query}: the query mix, ours against stock Fuseki on copies of the same store and, where it is installed,
 * Virtuoso on a database its loader built from the same N-Quads.
 */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Query mix and harvesting: ours vs stock Fuseki (and Virtuoso, if installed).")
final class QueryCommand implements Callable<Integer> {

    @Mixin
    Options options;

    @Option(names = "--clients", split = ",", description = "concurrent clients (default 1,4,8)")
    List<Integer> clients = List.of(1, 4, 8);

    @Option(names = "--warmup", description = "warm-up seconds per server and concurrency (default 15)")
    int warmup = 15;

    @Option(names = "--round", description = "seconds per timed round (default 20)")
    int round = 20;

    @Option(names = "--rounds", description = "timed rounds per server and concurrency (default 2)")
    int rounds = 2;

    @Option(names = "--max-requests", description = "upper bound of requests per round (default 200000)")
    long maxRequests = 200_000;

    @Option(names = "--harvest-minutes", description = "time limit of each harvest (default 30)")
    int harvestMinutes = 30;

    @Option(names = "--ours-setting", paramLabel = "--NAME=VALUE", description = "a setting for our endpoint, "
            + "e.g. --ours-setting=--ogpld.query.cache-size=0 to measure without kept answers (repeatable)")
    List<String> oursSettings = new ArrayList<>();

    @Option(names = "--fresh", description = "make every request of the mix unique (a numbered comment), so that no "
            + "server answers from a cache: the engine's speed rather than the cache's")
    boolean fresh;

    @Option(names = "--warmup-passes", description = "before the first concurrency, send every server each distinct "
            + "request of the timed mix (templates × the samples they cycle through) this many times: a repeating "
            + "mix's steady state; 2 fill our answer cache, which keeps an answer the second time it sees a request "
            + "(default 0)")
    int warmupPasses;

    @Option(names = "--harvest-only", description = "skip the query mix, run only the harvest comparison")
    boolean harvestOnly;

    @Option(names = "--no-harvest", description = "skip the harvest comparison, run only the query mix")
    boolean noHarvest;

    @Option(names = "--per-query-only", description = "only the answer check and the latency per query: no mix, "
            + "no harvest")
    boolean perQueryOnly;

    @Option(names = "--samples", description = "measured requests per query and server in the latency per query "
            + "(default 9)")
    int samples = 9;

    @Override
    public Integer call() {
        Path oursStore = options.storeCopy("store-ours");
        Path fusekiStore = options.storeCopy("store-fuseki");
        QueryBenchmark benchmark = new QueryBenchmark(new QueryBenchmark.Settings(clients, Duration.ofSeconds(warmup),
                Duration.ofSeconds(round), rounds, maxRequests, fresh, samples, perQueryOnly, warmupPasses));
        Optional<Path> virtuosoStore = harvestOnly ? Optional.empty()
                : options.virtuoso().map(v -> options.virtuosoStoreCopy(v, "store-virtuoso-query"));
        try (Server fuseki = Server.fuseki(options.tools(), fusekiStore, options.jvmOptions(),
                options.folder().resolve("logs/fuseki.log"));
             Server ours = Server.ours(options.tools(), oursStore, options.jvmOptions(), oursSettings,
                     options.folder().resolve("logs/ogpld.log"));
             VirtuosoInstance virtuoso = virtuosoStore.map(store -> VirtuosoInstance.start(
                     options.virtuoso().orElseThrow(), store, List.of(), options.virtuosoMemory(),
                     options.folder().resolve("logs/virtuoso.log"))).orElse(null)) {
            if (!harvestOnly) {
                List<Server> baselines = virtuoso == null ? List.of(fuseki) : List.of(fuseki, virtuoso.server());
                benchmark.run(ours, baselines).forEach(options::report);
            }
            if (!noHarvest && !perQueryOnly) {
                options.report(new HarvestBenchmark(Duration.ofMinutes(harvestMinutes)).run(ours, fuseki));
            }
        }
        return 0;
    }
}
