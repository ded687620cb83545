package org.ogpld.bench.replication;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.ogpld.bench.process.JavaProcess;
import org.ogpld.bench.process.Server;
import org.ogpld.bench.process.Tools;
import org.ogpld.bench.query.QueryLoad;
import org.ogpld.bench.query.QueryMix;
import org.ogpld.bench.query.Samples;
import org.ogpld.bench.report.Table;

/**
 * Replication through Kafka measured on one machine: a broker ({@code bin/kafka-dev}), a writer and two replicas
 * ({@code ogpld.jar serve}), each server on its own copy of the same store and started as a person would.
 *
 * <ol>
 *   <li>Writer ceiling and apply rate: the replicas are paused ({@code SIGSTOP}); one client sends the writer
 *       one-triple updates, then publication republications, as fast as it answers; then each replica in turn is
 *       resumed alone and the rate at which its position climbs through each kind of patch is timed.</li>
 *   <li>Lag: writes at a steady rate; right after each answer, each replica is asked {@code /$/ping} with
 *       {@code Ogpld-Min-Position} set to the write's position (the replica answers once it has applied it): the
 *       time to that answer is the lag as a client moving from the writer to a replica sees it.</li>
 *   <li>Reads: the query mix against one replica directly, the same through HAProxy, and HAProxy spreading it over
 *       both replicas (skipped, and said, when {@code haproxy} is not installed).</li>
 * </ol>
 */
public final class ReplicationBenchmark {

    private static final String TOPIC = "ogpld-bench";
    private static final int REPUBLISH_EVERY = 4;

    /**
     * What to run.
     *
     * @param updates      one-triple updates timed on the writer and applied by the paused replicas
     * @param republishes  publications republished, likewise
     * @param rate         writes per second during the lag run
     * @param lagWrites    writes of the lag run (one in {@value #REPUBLISH_EVERY} a republication)
     * @param clients      concurrent clients of the read run
     * @param warmup       warm-up of each read target
     * @param round        length of each timed read round
     * @param rounds       timed rounds per read target, alternating between targets
     * @param maxRequests  upper bound of requests per read round
     * @param fresh        the read run once more with each request made unique, so that no cache of answers serves
     *                     it
     * @param seed         picks the resources and graphs written
     */
    public record Settings(int updates, int republishes, double rate, int lagWrites, int clients, Duration warmup,
            Duration round, int rounds, long maxRequests, boolean fresh, long seed) {
    }

    private final Settings settings;
    private final Tools tools;
    private final List<String> jvmOptions;
    private final Path folder;
    private final Path kafkaDev;
    private final Optional<Path> haproxy;
    private final String scale;

    public ReplicationBenchmark(Settings settings, Tools tools, List<String> jvmOptions, Path folder, Path kafkaDev,
            Optional<Path> haproxy, String scale) {
        this.settings = settings;
        this.tools = tools;
        this.jvmOptions = jvmOptions;
        this.folder = folder;
        this.kafkaDev = kafkaDev;
        this.haproxy = haproxy;
        this.scale = scale;
    }

    /** {@code haproxy} on the PATH (or Debian's {@code /usr/sbin/haproxy}), if it is installed. */
    public static Optional<Path> haproxy() {
        return LoadBalancer.find();
    }

    /** Runs every part on copies of the store made by {@code storeCopy} (a folder name to a fresh copy). */
    public List<Table> run(Function<String, Path> storeCopy) {
        Path writerStore = storeCopy.apply("store-writer");
        Path store1 = storeCopy.apply("store-replica-1");
        Path store2 = storeCopy.apply("store-replica-2");
        Path kafkaFolder = folder.resolve("kafka-bench");
        org.ogpld.bench.process.Folders.delete(kafkaFolder);
        Path logs = folder.resolve("logs");
        List<Table> tables = new ArrayList<>();
        try (KafkaBroker kafka = KafkaBroker.start(kafkaDev, kafkaFolder, logs.resolve("kafka-bench.log"));
             Server writer = Server.ours(tools, writerStore, jvmOptions, writerSettings(kafka),
                     logs.resolve("ogpld-writer.log"));
             Server replica1 = Server.ours(tools, store1, jvmOptions, replicaSettings(kafka, writer),
                     logs.resolve("ogpld-replica-1.log"));
             Server replica2 = Server.ours(tools, store2, jvmOptions, replicaSettings(kafka, writer),
                     logs.resolve("ogpld-replica-2.log"))) {
            List<Server> replicas = List.of(replica1, replica2);
            WriterClient client = new WriterClient(writer);
            Workload workload = Workload.sample(client, new Random(settings.seed));
            long start = client.update(workload.resource(0)[0], workload.resource(0)[1], -1);
            for (Server replica : replicas) {
                Probe.awaitPosition(replica, start, Duration.ofMinutes(5));
            }
            tables.add(applyRates(client, workload, replicas, kafka, start));
            tables.add(lag(client, workload, replicas));
            tables.add(reads(replicas, false));
            if (settings.fresh) {
                tables.add(reads(replicas, true));
            }
        }
        return tables;
    }

    private List<String> writerSettings(KafkaBroker kafka) {
        return List.of("--ogpld.security.token=" + WriterClient.TOKEN,
                "--ogpld.replication.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
                "--ogpld.replication.kafka.topic=" + TOPIC);
    }

    private List<String> replicaSettings(KafkaBroker kafka, Server writer) {
        return List.of("--ogpld.replication.replica=true", "--ogpld.replication.writer-url=" + writer.uri("/"),
                "--ogpld.replication.max-wait=120s",
                "--ogpld.replication.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
                "--ogpld.replication.kafka.topic=" + TOPIC);
    }

    private Table applyRates(WriterClient client, Workload workload, List<Server> replicas, KafkaBroker kafka,
            long start) {
        String loadBefore = Probe.loadAverage();
        replicas.forEach(r -> Probe.signal(r, "STOP"));
        long[] positions = new long[3];
        double[] writerSeconds = new double[2];
        try {
            positions[0] = start;
            long t0 = System.nanoTime();
            long last = positions[0];
            for (int n = 0; n < settings.updates; n++) {
                String[] resource = workload.resource(n);
                last = client.update(resource[0], resource[1], n);
            }
            positions[1] = last;
            long t1 = System.nanoTime();
            for (int n = 0; n < settings.republishes; n++) {
                last = client.republish(workload.graph(n), n);
            }
            positions[2] = last;
            writerSeconds[0] = (t1 - t0) / 1e9;
            writerSeconds[1] = (System.nanoTime() - t1) / 1e9;
        } finally {
            replicas.forEach(r -> Probe.signal(r, "CONT"));
        }
        // Resumed together above so that neither stays paused if writing failed; now each is timed alone.
        Probe.signal(replicas.get(1), "STOP");
        double[][] seconds = new double[replicas.size()][];
        try {
            seconds[0] = Probe.climb(replicas.get(0), positions);
        } finally {
            Probe.signal(replicas.get(1), "CONT");
        }
        seconds[1] = Probe.climb(replicas.get(1), positions);
        Map<Long, TopicPatches.Patch> patches = TopicPatches.read(kafka.bootstrapServers(), TOPIC);
        long[] quads = {sum(patches, positions[0], positions[1], TopicPatches.Patch::quads),
            sum(patches, positions[1], positions[2], TopicPatches.Patch::quads)};
        long[] bytes = {sum(patches, positions[0], positions[1], TopicPatches.Patch::bytes),
            sum(patches, positions[1], positions[2], TopicPatches.Patch::bytes)};
        Table table = new Table("Replication: writer ceiling and replica apply rate (SF " + scale + ", one writer "
                + "client; each replica resumed alone on a backlog)", "write", "patches", "quads/patch", "bytes/patch",
                "writer writes/s", "replica 1 patches/s", "replica 1 quads/s", "replica 2 patches/s",
                "replica 2 quads/s");
        String[] names = {"one-triple SPARQL update (INSERT DATA)", "publication republished (GSP GET, PUT back)"};
        for (int k = 0; k < 2; k++) {
            long count = positions[k + 1] - positions[k];
            table.row(names[k], count, Table.number((double) quads[k] / count), Table.number((double) bytes[k] / count),
                    Table.number(count / writerSeconds[k]), Table.number(count / seconds[0][k]),
                    Table.number(quads[k] / seconds[0][k]), Table.number(count / seconds[1][k]),
                    Table.number(quads[k] / seconds[1][k]));
        }
        return table.note("Writer: each write answered after its Kafka transaction committed (acks=all, one "
                + "broker on loopback) and its TDB2 commit. Replica: patches/s from its Ogpld-Position while it "
                + "works through the backlog (polled on /$/ping every 20 ms). Load average before: " + loadBefore
                + "; after: " + Probe.loadAverage() + ".");
    }


    private Table lag(WriterClient client, Workload workload, List<Server> replicas) {
        String loadBefore = Probe.loadAverage();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<List<CompletableFuture<Double>>> waits = new ArrayList<>();
        replicas.forEach(r -> waits.add(new ArrayList<>()));
        long intervalNanos = (long) (1e9 / settings.rate);
        long t0 = System.nanoTime();
        for (int n = 0; n < settings.lagWrites; n++) {
            long due = t0 + n * intervalNanos;
            long early = due - System.nanoTime();
            if (early > 0) {
                Ports.pause(early / 1_000_000);
            }
            long position = n % REPUBLISH_EVERY == REPUBLISH_EVERY - 1
                    ? client.republish(workload.graph(settings.republishes + n), 100_000 + n)
                    : client.update(workload.resource(settings.updates + n)[0],
                            workload.resource(settings.updates + n)[1], 100_000 + n);
            long answered = System.nanoTime();
            for (int r = 0; r < replicas.size(); r++) {
                HttpRequest ping = HttpRequest.newBuilder(replicas.get(r).uri("/$/ping"))
                        .header("Ogpld-Min-Position", Long.toString(position)).timeout(Duration.ofMinutes(3)).build();
                waits.get(r).add(http.sendAsync(ping, HttpResponse.BodyHandlers.discarding())
                        .thenApply(response -> reached(response, position) ? (System.nanoTime() - answered) / 1e6
                                : Double.NaN));
            }
        }
        double achieved = settings.lagWrites / ((System.nanoTime() - t0) / 1e9);
        Table table = new Table("Replication lag under a steady write rate (SF " + scale + ", " + settings.lagWrites
                + " writes, one in " + REPUBLISH_EVERY + " a publication republished; ms from the write's answer to "
                + "the replica's answer of a request for that position)", "replica", "writes/s asked",
                "writes/s achieved", "p50 ms", "p99 ms", "max ms", "not reached");
        for (int r = 0; r < replicas.size(); r++) {
            double[] lags = waits.get(r).stream().map(CompletableFuture::join).mapToDouble(Double::doubleValue)
                    .toArray();
            double[] reached = Arrays.stream(lags).filter(l -> !Double.isNaN(l)).sorted().toArray();
            table.row("replica " + (r + 1), Table.number(settings.rate), Table.number(achieved),
                    Table.number(percentile(reached, 50)), Table.number(percentile(reached, 99)),
                    Table.number(reached.length == 0 ? Double.NaN : reached[reached.length - 1]),
                    lags.length - reached.length);
        }
        return table.note("The lag includes one loopback HTTP round trip to the replica. Load average before: "
                + loadBefore + "; after: " + Probe.loadAverage() + ".");
    }

    private static boolean reached(HttpResponse<Void> response, long position) {
        return response.statusCode() == 200 && response.headers().firstValue(WriterClient.POSITION)
                .map(Long::parseLong).orElse(-1L) >= position;
    }

    private Table reads(List<Server> replicas, boolean fresh) {
        String loadBefore = Probe.loadAverage();
        Table table = new Table("Reads: one server vs two replicas behind HAProxy (SF " + scale + ", query mix, "
                + settings.clients + " clients" + (fresh ? ", every request unique" : ", answers kept between writes")
                + ", "
                + settings.rounds + " × " + settings.round.toSeconds() + " s per target, alternating)", "target",
                "requests/s", "p50 ms", "p99 ms", "errors");
        Map<String, URI> targets = new LinkedHashMap<>();
        targets.put("one replica, directly", replicas.get(0).queryEndpoint());
        LoadBalancer balancer = haproxy.map(h -> LoadBalancer.start(h, replicas, folder.resolve("haproxy"),
                folder.resolve("logs/haproxy.log"))).orElse(null);
        try {
            if (balancer != null) {
                targets.put("one replica behind HAProxy", balancer.singleEndpoint());
                targets.put("two replicas behind HAProxy (round robin)", balancer.bothEndpoint());
            }
            List<QueryMix.Template> mix = QueryMix.of(Samples.read(replicas.get(0).queryEndpoint()));
            QueryLoad load = new QueryLoad(mix, settings.maxRequests, fresh);
            long first = 0;
            for (URI target : targets.values()) {
                first += load.run(target, settings.clients, settings.warmup, first).requests() + 1;
            }
            Map<String, QueryLoad.Stats> stats = new LinkedHashMap<>();
            for (int round = 0; round < settings.rounds; round++) {
                for (Map.Entry<String, URI> target : targets.entrySet()) {
                    QueryLoad.Stats run = load.run(target.getValue(), settings.clients, settings.round, first);
                    first += run.requests() + run.errors() + 1;
                    stats.merge(target.getKey(), run, QueryLoad.Stats::plus);
                }
            }
            stats.forEach((name, s) -> table.row(name, Table.number(s.throughput()), Table.number(s.percentile(50)),
                    Table.number(s.percentile(99)), s.errors()));
        } finally {
            if (balancer != null) {
                balancer.close();
            }
        }
        if (balancer == null) {
            table.note("HAProxy is not installed (no haproxy on the PATH or in /usr/sbin): only one server was "
                    + "measured. To compare: apt-get install -y haproxy.");
        }
        return table.note("The writer and the broker run beside the replicas, idle. Load average before: "
                + loadBefore + "; after: " + Probe.loadAverage() + ".");
    }

    private static long sum(Map<Long, TopicPatches.Patch> patches, long after, long upTo,
            java.util.function.ToLongFunction<TopicPatches.Patch> value) {
        long total = 0;
        for (long seq = after + 1; seq <= upTo; seq++) {
            TopicPatches.Patch patch = patches.get(seq);
            if (patch == null) {
                throw new IllegalStateException("log entry " + seq + " is not on the topic");
            }
            total += value.applyAsLong(patch);
        }
        return total;
    }




    private static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100 * sorted.length) - 1)];
    }


}
