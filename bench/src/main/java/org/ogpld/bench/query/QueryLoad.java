package org.ogpld.bench.query;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends the query mix to one server from {@code clients} threads over loopback for a bounded time and a bounded
 * number of requests, each request cycling to the next template and the next sample. Made fresh, each request also
 * ends with a comment holding its number: the same work and answer, but a text no server has seen before, so that
 * no cache of answers can serve it.
 */
public final class QueryLoad {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(120);

    private final List<QueryMix.Template> mix;
    private final long maxRequests;
    private final boolean fresh;

    public QueryLoad(List<QueryMix.Template> mix, long maxRequests, boolean fresh) {
        this.mix = mix;
        this.maxRequests = maxRequests;
        this.fresh = fresh;
    }

    /**
     * What one run measured.
     *
     * @param requests  requests answered with 200
     * @param errors    requests that failed (status other than 200, timeout, I/O error)
     * @param seconds   wall time of the run
     * @param latencies latencies of the successful requests in ms, sorted
     */
    public record Stats(long requests, long errors, double seconds, double[] latencies) {

        public double throughput() {
            return requests / seconds;
        }

        public double percentile(double p) {
            if (latencies.length == 0) {
                return Double.NaN;
            }
            return latencies[Math.min(latencies.length - 1, (int) Math.ceil(p / 100 * latencies.length) - 1)];
        }

        /** Both runs as one. */
        public Stats plus(Stats other) {
            double[] all = Arrays.copyOf(latencies, latencies.length + other.latencies.length);
            System.arraycopy(other.latencies, 0, all, latencies.length, other.latencies.length);
            Arrays.sort(all);
            return new Stats(requests + other.requests, errors + other.errors, seconds + other.seconds, all);
        }

        public static Stats none() {
            return new Stats(0, 0, 0, new double[0]);
        }
    }

    /** Runs {@code clients} clients against {@code endpoint} for {@code duration}, starting at request {@code first}. */
    public Stats run(URI endpoint, int clients, Duration duration, long first) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        AtomicLong next = new AtomicLong(first);
        AtomicLong errors = new AtomicLong();
        long limit = first + maxRequests;
        long deadline = System.nanoTime() + duration.toNanos();
        long start = System.nanoTime();
        List<Double> all = new ArrayList<>();
        onClients(clients, () -> client(http, endpoint, next, limit, deadline, errors), "query client failed")
                .forEach(all::addAll);
        double seconds = (System.nanoTime() - start) / 1e9;
        double[] latencies = all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new Stats(latencies.length, errors.get(), seconds, latencies);
    }

    private List<Double> client(HttpClient http, URI endpoint, AtomicLong next, long limit, long deadline,
                                AtomicLong errors) {
        List<Double> latencies = new ArrayList<>();
        for (long i = next.getAndIncrement(); i < limit && System.nanoTime() < deadline; i = next.getAndIncrement()) {
            QueryMix.Template template = mix.get((int) (i % mix.size()));
            HttpRequest request = request(endpoint, template, i / mix.size(), fresh ? "\n# request " + i : "");
            long t0 = System.nanoTime();
            try {
                HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    latencies.add((System.nanoTime() - t0) / 1e6);
                } else {
                    errors.incrementAndGet();
                }
            } catch (IOException e) {
                errors.incrementAndGet();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return latencies;
    }

    /**
     * What a warm-up pass sent.
     *
     * @param requests     distinct requests sent (each {@code passes} times)
     * @param errors       requests that failed
     * @param seconds      wall time of all passes
     * @param answerBytes  the answers of one pass as an answer cache weighs them: body bytes plus twice the query's
     *                     length, summed
     * @param largestBytes the largest single answer body
     */
    public record Pass(long requests, long errors, double seconds, long answerBytes, long largestBytes) {}

    /**
     * The numbers of the requests that are distinct among all requests the mix can send, the first of each: request
     * {@code i} asks template {@code i % size} with sample {@code i / size}, and the samples repeat after
     * {@code cycle} ({@link Samples#cycle()}), so every request of any round is one of these.
     */
    public List<Long> distinct(long cycle) {
        List<Long> numbers = new ArrayList<>();
        for (int t = 0; t < mix.size(); t++) {
            Set<String> texts = new HashSet<>();
            for (long sample = 0; sample < cycle; sample++) {
                if (texts.add(mix.get(t).text().apply(sample))) {
                    numbers.add(sample * mix.size() + t);
                }
            }
        }
        return numbers;
    }

    /**
     * Sends each of {@code numbers} ({@link #distinct(long)}) {@code passes} times from {@code clients} threads,
     * without the fresh comment, pass after pass: brings any server to the state it reaches under a repeating mix.
     */
    public Pass pass(URI endpoint, int clients, List<Long> numbers, int passes) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        AtomicLong errors = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        AtomicLong largest = new AtomicLong();
        long start = System.nanoTime();
        for (int p = 0; p < passes; p++) {
            AtomicInteger next = new AtomicInteger();
            onClients(clients, () -> {
                for (int k = next.getAndIncrement(); k < numbers.size(); k = next.getAndIncrement()) {
                    long i = numbers.get(k);
                    QueryMix.Template template = mix.get((int) (i % mix.size()));
                    long sample = i / mix.size();
                    try {
                        HttpResponse<byte[]> response = http.send(request(endpoint, template, sample),
                                HttpResponse.BodyHandlers.ofByteArray());
                        if (response.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                        bytes.addAndGet(response.body().length
                                + 2L * (QueryMix.PREFIXES + template.text().apply(sample)).length());
                        largest.accumulateAndGet(response.body().length, Math::max);
                    } catch (IOException e) {
                        errors.incrementAndGet();
                    }
                }
                return null;
            }, "warm-up pass failed");
        }
        return new Pass(numbers.size(), errors.get(), (System.nanoTime() - start) / 1e9,
                passes == 0 ? 0 : bytes.get() / passes, largest.get());
    }

    /** Runs {@code client} on {@code clients} threads at once and returns what each returned. */
    private static <T> List<T> onClients(int clients, Callable<T> client, String failure) {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                futures.add(pool.submit(client));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } catch (Exception e) {
            throw new IllegalStateException(failure, e);
        } finally {
            pool.shutdownNow();
        }
    }

    static HttpRequest request(URI endpoint, QueryMix.Template template, long sample) {
        return request(endpoint, template, sample, "");
    }

    static HttpRequest request(URI endpoint, QueryMix.Template template, long sample, String suffix) {
        String query = QueryMix.PREFIXES + template.text().apply(sample) + suffix;
        return HttpRequest.newBuilder(URI.create(endpoint + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", template.accept()).timeout(REQUEST_TIMEOUT).GET().build();
    }
}
