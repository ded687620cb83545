package org.ogpld.bench.query;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.ogpld.bench.process.JavaProcess;
import org.ogpld.bench.process.Server;
import org.ogpld.bench.report.Table;

/**
 * The query mix against our endpoint and its baselines (stock Fuseki, and Virtuoso where it is installed), all
 * running on the same data: answers compared first, then per concurrency a warm-up of each and alternating timed
 * rounds (each round starting with the next server), with the resident memory of each server sampled while it is
 * under load. Only the queries every baseline answers as we do are timed, the same for every server.
 */
public final class QueryBenchmark {

    /**
     * How long and how hard to run.
     *
     * @param concurrencies client counts, e.g. 1, 4, 8
     * @param warmup        warm-up per server and concurrency
     * @param round         length of one timed round
     * @param rounds        timed rounds per server and concurrency, alternating which goes first
     * @param maxRequests   upper bound of requests in any one round
     * @param fresh         whether every request of the mix is made unique ({@link QueryLoad}), so that no server
     *                      can answer it from a cache of answers
     * @param samples       measured requests per query and server in the latency per query
     * @param perQueryOnly  whether to stop after the latency per query (no mix)
     * @param warmupPasses how many times each server is sent every distinct request of the timed mix before the
     *                     first concurrency's warm-up (0: none); our server keeps an answer the second time it sees
     *                     a request, so 2 passes bring it to the steady state of a repeating mix
     */
    public record Settings(List<Integer> concurrencies, Duration warmup, Duration round, int rounds,
                           long maxRequests, boolean fresh, int samples, boolean perQueryOnly, int warmupPasses) {}

    private final Settings settings;
    private double[] peakRss = new double[0];

    public QueryBenchmark(Settings settings) {
        this.settings = settings;
    }

    /** Runs everything against the running servers, {@code baselines} being Fuseki first; returns the tables. */
    public List<Table> run(Server ours, List<Server> baselines) {
        List<Server> servers = new ArrayList<>(List.of(ours));
        servers.addAll(baselines);
        peakRss = new double[servers.size()];
        Samples samples = Samples.read(baselines.get(0).queryEndpoint());
        List<QueryMix.Template> all = QueryMix.of(samples);
        List<Table> tables = new ArrayList<>();
        AnswerCheck.Agreement agreement = AnswerCheck.compare(all, ours, baselines, 3);
        tables.add(agreement.table());
        List<QueryMix.Template> mix = agreement.agreed();
        if (mix.isEmpty()) {
            return tables;
        }
        tables.add(perQuery(mix, servers, settings.samples(), settings.fresh()));
        if (settings.perQueryOnly()) {
            return tables;
        }
        QueryLoad load = new QueryLoad(mix, settings.maxRequests(), settings.fresh());
        if (settings.warmupPasses() > 0) {
            tables.add(warmupPasses(load, load.distinct(samples.cycle()), servers));
        }
        tables.add(throughput(load, mix.size(), servers, all.size()));
        tables.add(memory(servers));
        return tables;
    }

    /**
     * Every distinct request of the timed mix, {@link Settings#warmupPasses()} times, to each server in turn, at the
     * highest concurrency measured; with what our answer cache then holds.
     */
    private Table warmupPasses(QueryLoad load, List<Long> distinct, List<Server> servers) {
        int clients = settings.concurrencies().stream().max(Integer::compare).orElse(1);
        Table table = new Table("Warm-up passes: " + distinct.size() + " distinct requests of the timed mix, each "
                + "sent " + settings.warmupPasses() + " times to every server before the first concurrency ("
                + clients + " clients)", "server", "seconds", "errors", "answer bytes (body + 2 × query)",
                "largest answer bytes", "answers kept (ours)");
        for (Server server : servers) {
            QueryLoad.Pass pass = load.pass(server.queryEndpoint(), clients, distinct, settings.warmupPasses());
            table.row(server.name(), pass.seconds(), pass.errors(), pass.answerBytes(), pass.largestBytes(),
                    AnswerCacheMetrics.read(server.uri("/$/metrics")).map(m -> (Object) m.entries()).orElse("n/a"));
        }
        return table.note("Our cache keeps an answer the second time it sees a request, if the answer is at most "
                + "an eighth of ogpld.query.cache-size; it weighs each as its body plus twice the query's length.");
    }

    private Table throughput(QueryLoad load, int mixSize, List<Server> servers, int offered) {
        List<String> header = new ArrayList<>(List.of("clients"));
        servers.forEach(s -> header.add(s.name() + " q/s"));
        servers.stream().skip(1).forEach(s -> header.add("ratio ours/" + s.name()));
        servers.forEach(s -> header.add(s.name() + " p50 ms"));
        servers.forEach(s -> header.add(s.name() + " p99 ms"));
        header.add("errors " + String.join("/", servers.stream().map(Server::name).toList()));
        Table table = new Table("Query mix throughput (" + mixSize + " of " + offered + " queries, those every "
                + "server answers alike" + (settings.fresh() ? ", every request unique" : "") + ", "
                + settings.rounds() + " alternating rounds of " + settings.round().toSeconds() + " s per server after "
                + settings.warmup().toSeconds() + " s warm-up)", header.toArray(String[]::new));
        long offset = 0;
        for (int clients : settings.concurrencies()) {
            for (Server server : servers) {
                load.run(server.queryEndpoint(), clients, settings.warmup(), offset);
            }
            QueryLoad.Stats[] stats = new QueryLoad.Stats[servers.size()];
            Arrays.fill(stats, QueryLoad.Stats.none());
            Optional<AnswerCacheMetrics> cacheBefore = AnswerCacheMetrics.read(servers.get(0).uri("/$/metrics"));
            for (int r = 0; r < settings.rounds(); r++) {
                long first = offset + 1_000_000L * (r + 1);
                for (int k = 0; k < servers.size(); k++) {
                    int i = (r + k) % servers.size();
                    Server server = servers.get(i);
                    stats[i] = stats[i].plus(sampled(server, i,
                            () -> load.run(server.queryEndpoint(), clients, settings.round(), first)));
                }
            }
            List<Object> row = new ArrayList<>(List.of(clients));
            Arrays.stream(stats).forEach(st -> row.add(st.throughput()));
            Arrays.stream(stats).skip(1).forEach(st -> row.add(stats[0].throughput() / st.throughput()));
            Arrays.stream(stats).forEach(st -> row.add(st.percentile(50)));
            Arrays.stream(stats).forEach(st -> row.add(st.percentile(99)));
            row.add(String.join("/", Arrays.stream(stats).map(st -> Long.toString(st.errors())).toList()));
            table.row(row.toArray());
            cacheBefore.flatMap(before -> AnswerCacheMetrics.read(servers.get(0).uri("/$/metrics"))
                    .map(after -> after.since(before))).ifPresent(c -> table.note(String.format(Locale.ROOT,
                    "%d clients: our answer cache in the timed rounds: %.0f hits, %.0f misses (hit ratio %.4f), "
                            + "%.0f answers held, %.0f evicted", clients, c.hits(), c.misses(), c.hitRatio(),
                    c.entries(), c.evictions())));
            offset += 10_000_000L;
        }
        return table;
    }

    private Table memory(List<Server> servers) {
        Table table = new Table("Memory under the query mix (MiB)", "server", "max RSS sampled under load",
                "peak RSS (VmHWM)", "RSS after the runs", "live heap after a full GC");
        double[][] values = new double[servers.size()][];
        for (int i = 0; i < servers.size(); i++) {
            JavaProcess.Memory m = servers.get(i).process().memory();
            values[i] = new double[] {peakRss[i], m.hwmMib(), m.rssMib(), servers.get(i).process().liveHeapMib()};
            table.row(servers.get(i).name(), values[i][0], values[i][1], values[i][2], values[i][3]);
        }
        for (int i = 1; i < servers.size(); i++) {
            table.row("ratio ours/" + servers.get(i).name(), values[0][0] / values[i][0], values[0][1] / values[i][1],
                    values[0][2] / values[i][2], values[0][3] / values[i][3]);
        }
        if (Arrays.stream(values).anyMatch(v -> Double.isNaN(v[3]))) {
            table.note("Virtuoso is not a JVM: it has no heap to collect (n/a); its RSS includes its page buffers, "
                    + "sized like the JVMs' heap.");
        }
        return table;
    }

    /** Runs {@code work} while sampling the server's RSS every 200 ms into {@code peakRss[slot]}. */
    private QueryLoad.Stats sampled(Server server, int slot, Supplier<QueryLoad.Stats> work) {
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                peakRss[slot] = Math.max(peakRss[slot], server.process().memory().rssMib());
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "rss-sampler");
        sampler.setDaemon(true);
        sampler.start();
        try {
            return work.get();
        } finally {
            running.set(false);
            sampler.interrupt();
        }
    }

    /**
     * Median latency of each query over {@code samples} requests, one client, each server in turn per request; made
     * fresh, each request's text is unique (as in the mix).
     */
    private static Table perQuery(List<QueryMix.Template> mix, List<Server> servers, int samples, boolean fresh) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<String> header = new ArrayList<>(List.of("query"));
        servers.forEach(s -> header.add(s.name() + " ms"));
        servers.stream().skip(1).forEach(s -> header.add("ratio " + s.name() + "/ours (speed-up)"));
        Table table = new Table("Latency per query, one client (median of " + samples + ", after 3 unmeasured"
                + (fresh ? ", every request unique" : "") + ")",
                header.toArray(String[]::new));
        long request = 0;
        for (QueryMix.Template t : mix) {
            double[][] ms = new double[servers.size()][samples];
            for (int s = -3; s < samples; s++) {
                String suffix = fresh ? "\n# sample " + request++ : "";
                for (int i = 0; i < servers.size(); i++) {
                    double m = time(http, servers.get(i).queryEndpoint(), t, s + 3, suffix);
                    if (s >= 0) {
                        ms[i][s] = m;
                    }
                }
            }
            List<Object> row = new ArrayList<>(List.of("`" + t.name() + "`"));
            double[] medians = Arrays.stream(ms).mapToDouble(a -> {
                Arrays.sort(a);
                return a[samples / 2];
            }).toArray();
            Arrays.stream(medians).forEach(row::add);
            Arrays.stream(medians).skip(1).forEach(m -> row.add(m / medians[0]));
            table.row(row.toArray());
        }
        return table;
    }

    private static double time(HttpClient http, URI endpoint, QueryMix.Template t, long sample, String suffix) {
        long t0 = System.nanoTime();
        try {
            HttpResponse<Void> r = http.send(QueryLoad.request(endpoint, t, sample, suffix),
                    HttpResponse.BodyHandlers.discarding());
            return r.statusCode() == 200 ? (System.nanoTime() - t0) / 1e6 : Double.NaN;
        } catch (Exception e) {
            return Double.NaN;
        }
    }
}
