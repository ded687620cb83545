package org.ogpld.bench;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.ogpld.bench.process.Tools;
import org.ogpld.bench.replication.ReplicationBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code replication}: a Kafka broker, a writer and two read replicas on this machine: the writer's ceiling and the
 * replicas' apply rate, the lag under a steady write rate, and reads from one server against two replicas behind
 * HAProxy (where it is installed).
 */
@Command(name = "replication", mixinStandardHelpOptions = true, description = "Replication through Kafka: apply rate,"
        + " lag p50/p99 under a steady write rate, one server vs two replicas behind HAProxy.")
final class ReplicationCommand implements Callable<Integer> {

    @Mixin
    Options options;

    @Option(names = "--updates", description = "one-triple updates for the apply rate (default 1000)")
    int updates = 1000;

    @Option(names = "--republishes", description = "publications republished for the apply rate (default 200)")
    int republishes = 200;

    @Option(names = "--rate", description = "writes per second during the lag run (default 4)")
    double rate = 4;

    @Option(names = "--lag-writes", description = "writes of the lag run (default 240)")
    int lagWrites = 240;

    @Option(names = "--clients", description = "concurrent clients of the read run (default 8)")
    int clients = 8;

    @Option(names = "--warmup", description = "warm-up seconds per read target (default 15)")
    int warmup = 15;

    @Option(names = "--round", description = "seconds per timed read round (default 20)")
    int round = 20;

    @Option(names = "--rounds", description = "timed read rounds per target (default 2)")
    int rounds = 2;

    @Option(names = "--max-requests", description = "upper bound of requests per read round (default 200000)")
    long maxRequests = 200_000;

    @Option(names = "--fresh", description = "run the reads once more with every request unique, so that no server "
            + "answers from a cache: the engine's speed rather than the cache's")
    boolean fresh;

    @Option(names = "--no-haproxy", description = "leave the load balancer out even if haproxy is installed")
    boolean noHaproxy;

    @Option(names = "--kafka-dev", description = "the script that starts the broker (default: the repository's "
            + "bin/kafka-dev, beside the harness jar's bench/target)")
    java.nio.file.Path kafkaDev;

    @Override
    public Integer call() {
        Optional<java.nio.file.Path> haproxy = noHaproxy ? Optional.empty()
                : ReplicationBenchmark.haproxy();
        if (haproxy.isEmpty() && !noHaproxy) {
            System.out.println("HAProxy (haproxy) is not installed: the reads part measures one server only. To "
                    + "compare with two replicas behind it: apt-get install -y haproxy.");
        }
        java.nio.file.Path script = kafkaDev != null ? kafkaDev
                : Tools.harnessTarget().toAbsolutePath().getParent().getParent().resolve("bin/kafka-dev");
        ReplicationBenchmark benchmark = new ReplicationBenchmark(new ReplicationBenchmark.Settings(updates,
                republishes, rate, lagWrites, clients, Duration.ofSeconds(warmup), Duration.ofSeconds(round), rounds,
                maxRequests, fresh, options.seed), options.tools(), options.jvmOptions(), options.folder(),
                script, haproxy,
                java.math.BigDecimal.valueOf(options.scale).stripTrailingZeros().toPlainString());
        benchmark.run(options::storeCopy).forEach(options::report);
        return 0;
    }
}
