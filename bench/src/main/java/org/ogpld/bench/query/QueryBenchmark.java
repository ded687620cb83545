package org.ogpld.bench.query;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.ogpld.bench.process.JavaProcess;
import org.ogpld.bench.process.Server;
import org.ogpld.bench.report.Table;

/**
 * The query mix against our endpoint and stock Fuseki, both running on copies of the same store: answers compared
 * first, then per concurrency a warm-up of each and alternating timed rounds, with the resident memory of each
 * server sampled while it is under load.
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
     */
    public record Settings(List<Integer> concurrencies, Duration warmup, Duration round, int rounds,
                           long maxRequests, boolean fresh, int samples, boolean perQueryOnly) {}

    private final Settings settings;

    public QueryBenchmark(Settings settings) {
        this.settings = settings;
    }

    /** Runs everything against the two running servers; returns the tables. */
    public List<Table> run(Server ours, Server fuseki) {
        List<QueryMix.Template> mix = QueryMix.of(Samples.read(fuseki.queryEndpoint()));
        List<Table> tables = new ArrayList<>();
        tables.add(AnswerCheck.compare(mix, ours.queryEndpoint(), fuseki.queryEndpoint(), 3));
        tables.add(perQuery(mix, ours.queryEndpoint(), fuseki.queryEndpoint(), settings.samples(),
                settings.fresh()));
        if (settings.perQueryOnly()) {
            return tables;
        }
        QueryLoad load = new QueryLoad(mix, settings.maxRequests(), settings.fresh());
        Table throughput = new Table("Query mix throughput (" + mix.size() + " queries"
                + (settings.fresh() ? ", every request unique" : "") + ", " + settings.rounds()
                + " alternating rounds of " + settings.round().toSeconds() + " s per server after "
                + settings.warmup().toSeconds() + " s warm-up)", "clients", "ours q/s", "Fuseki q/s",
                "ratio ours/Fuseki", "ours p50 ms", "Fuseki p50 ms", "ours p99 ms", "Fuseki p99 ms",
                "errors ours/Fuseki");
        double[] peakRss = new double[2];
        long offset = 0;
        for (int clients : settings.concurrencies()) {
            load.run(ours.queryEndpoint(), clients, settings.warmup(), offset);
            load.run(fuseki.queryEndpoint(), clients, settings.warmup(), offset);
            QueryLoad.Stats o = QueryLoad.Stats.none();
            QueryLoad.Stats f = QueryLoad.Stats.none();
            for (int r = 0; r < settings.rounds(); r++) {
                long first = offset + 1_000_000L * (r + 1);
                if (r % 2 == 0) {
                    o = o.plus(sampled(ours, peakRss, 0, () -> load.run(ours.queryEndpoint(), clients, settings.round(), first)));
                    f = f.plus(sampled(fuseki, peakRss, 1, () -> load.run(fuseki.queryEndpoint(), clients, settings.round(), first)));
                } else {
                    f = f.plus(sampled(fuseki, peakRss, 1, () -> load.run(fuseki.queryEndpoint(), clients, settings.round(), first)));
                    o = o.plus(sampled(ours, peakRss, 0, () -> load.run(ours.queryEndpoint(), clients, settings.round(), first)));
                }
            }
            throughput.row(clients, o.throughput(), f.throughput(), o.throughput() / f.throughput(),
                    o.percentile(50), f.percentile(50), o.percentile(99), f.percentile(99),
                    o.errors() + "/" + f.errors());
            offset += 10_000_000L;
        }
        tables.add(throughput);
        JavaProcess.Memory om = ours.process().memory();
        JavaProcess.Memory fm = fuseki.process().memory();
        double oLive = ours.process().liveHeapMib();
        double fLive = fuseki.process().liveHeapMib();
        tables.add(new Table("Memory under the query mix (MiB)", "server", "max RSS sampled under load",
                "peak RSS (VmHWM)", "RSS after the runs", "live heap after a full GC")
                .row("ours", peakRss[0], om.hwmMib(), om.rssMib(), oLive)
                .row("Fuseki", peakRss[1], fm.hwmMib(), fm.rssMib(), fLive)
                .row("ratio ours/Fuseki", peakRss[0] / peakRss[1], om.hwmMib() / fm.hwmMib(), om.rssMib() / fm.rssMib(),
                        oLive / fLive));
        return tables;
    }

    /** Runs {@code work} while sampling the server's RSS every 200 ms into {@code peak[slot]}. */
    private static QueryLoad.Stats sampled(Server server, double[] peak, int slot,
                                           java.util.function.Supplier<QueryLoad.Stats> work) {
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                peak[slot] = Math.max(peak[slot], server.process().memory().rssMib());
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
    private static Table perQuery(List<QueryMix.Template> mix, URI ours, URI fuseki, int samples, boolean fresh) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Table table = new Table("Latency per query, one client (median of " + samples + ", after 3 unmeasured"
                + (fresh ? ", every request unique" : "") + ")", "query", "ours ms", "Fuseki ms",
                "ratio Fuseki/ours (speed-up)");
        long request = 0;
        for (QueryMix.Template t : mix) {
            double[] o = new double[samples];
            double[] f = new double[samples];
            for (int s = -3; s < samples; s++) {
                String suffix = fresh ? "\n# sample " + request++ : "";
                double a = time(http, ours, t, s + 3, suffix);
                double b = time(http, fuseki, t, s + 3, suffix);
                if (s >= 0) {
                    o[s] = a;
                    f[s] = b;
                }
            }
            Arrays.sort(o);
            Arrays.sort(f);
            table.row("`" + t.name() + "`", o[samples / 2], f[samples / 2], f[samples / 2] / o[samples / 2]);
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
