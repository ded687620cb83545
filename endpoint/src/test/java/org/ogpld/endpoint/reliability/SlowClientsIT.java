package org.ogpld.endpoint.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogpld.endpoint.Http;

/**
 * Slow clients against the real jar, with the time settings scaled down (a 3 s body deadline, a 2 s idle timeout,
 * bytes every 500 ms instead of every 5 s): 200 connections each announcing a 100,000-byte body and dripping it,
 * plus 50 dripping their headers (closed once they have taken the 4 s header deadline, though never idle).
 * The server reads at most {@code max-bodies} (100) bodies at once and refuses the
 * others with 503 unread; every slow body is cut with 408 once its deadline passes; meanwhile {@code /$/ping} (on the
 * main port and on the operations port) and a query answer at once. A body that stops arriving is cut after the idle
 * timeout; one refused before it is read (no credentials) gets its 401 at once, and is drained only until its
 * deadline (Tomcat alone would drain it byte by byte, holding a thread, as long as the client drips).
 */
class SlowClientsIT {

    private static final Duration START = Duration.ofSeconds(120);
    private static final Duration BODY_TIMEOUT = Duration.ofSeconds(3);
    private static final Duration IDLE_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration HEADER_TIMEOUT = Duration.ofSeconds(4);
    private static final Duration DRIP = Duration.ofMillis(500);
    /**
     * How much later than its deadline, counted by the client from its connect, a slow body may be answered: one
     * drip, the server's accepting 250 connections at once, and scheduling on a busy 2-core machine.
     */
    private static final Duration GRACE = Duration.ofMillis(3_500);
    /** How long ping and a query may take while the slow clients hold the server. */
    private static final Duration PROMPT = Duration.ofSeconds(2);
    private static final int SLOW_BODIES = 200;
    private static final int SLOW_HEADERS = 50;

    @TempDir
    Path temp;

    @Test
    void slowBodiesAreCutWith408WhileOperationsAndQueriesKeepAnswering() throws Exception {
        try (EndpointProcess server = start()) {
            int port = server.awaitPort(START);
            Http http = new Http(port);
            Http ops = new Http(server.awaitOpsPort(START));
            assertThat(http.send(http.request("/$/ping")).statusCode()).as("warmed up").isEqualTo(200);
            ScheduledExecutorService drip = Executors.newSingleThreadScheduledExecutor();
            ExecutorService readers = Executors.newFixedThreadPool(SLOW_BODIES + SLOW_HEADERS);
            List<SlowClient> clients = new ArrayList<>();
            try {
                List<SlowClient> headers = new ArrayList<>();
                for (int i = 0; i < SLOW_HEADERS; i++) {
                    headers.add(SlowClient.headers(port));
                }
                clients.addAll(headers);
                List<SlowClient> bodies = new ArrayList<>();
                for (int i = 0; i < SLOW_BODIES; i++) {
                    bodies.add(SlowClient.body(port, i % 2 == 0 ? "/ogp/update" : "/ogp/data?graph=urn:slow"));
                }
                clients.addAll(bodies);
                drip.scheduleAtFixedRate(() -> clients.forEach(SlowClient::drip), 0, DRIP.toMillis(),
                        TimeUnit.MILLISECONDS);
                List<Future<Answer>> answers = bodies.stream().map(c -> readers.submit(c::awaitAnswer)).toList();
                List<Future<Answer>> headerEnds = headers.stream().map(c -> readers.submit(c::awaitAnswer)).toList();

                List<Long> prompt = new ArrayList<>();
                for (int round = 0; round < 4; round++) {
                    prompt.add(timed(() -> http.send(http.request("/$/ping"))));
                    prompt.add(timed(() -> ops.send(ops.request("/$/ping"))));
                    prompt.add(timed(() -> http.query("ASK { ?s ?p ?o }", "application/sparql-results+json")));
                    Thread.sleep(DRIP.toMillis());
                }

                List<Answer> all = new ArrayList<>();
                for (Future<Answer> answer : answers) {
                    all.add(answer.get(BODY_TIMEOUT.plus(GRACE).toSeconds() + 30, TimeUnit.SECONDS));
                }
                Map<Integer, Long> byStatus = all.stream().collect(Collectors.groupingBy(Answer::status,
                        Collectors.counting()));
                long slowestHeaders = 0;
                for (Future<Answer> end : headerEnds) {
                    Answer closed = end.get(HEADER_TIMEOUT.plus(GRACE).toSeconds() + 30, TimeUnit.SECONDS);
                    assertThat(closed.text()).as("closed without an answer").isEmpty();
                    slowestHeaders = Math.max(slowestHeaders, closed.millis());
                }
                long slowest408 = all.stream().filter(a -> a.status() == 408).mapToLong(Answer::millis).max()
                        .orElseThrow();
                long slowest503 = all.stream().filter(a -> a.status() == 503).mapToLong(Answer::millis).max()
                        .orElse(0);
                System.out.printf("SlowClientsIT: %d slow bodies -> %s; 408 after at most %d ms (deadline %d ms),"
                        + " 503 after at most %d ms; %d dripped headers closed after at most %d ms"
                        + " (header timeout %d ms); ping (main, ops) and a query took at most %d ms: %s%n",
                        SLOW_BODIES, byStatus, slowest408, BODY_TIMEOUT.toMillis(), slowest503, SLOW_HEADERS,
                        slowestHeaders, HEADER_TIMEOUT.toMillis(),
                        prompt.stream().mapToLong(Long::longValue).max().orElseThrow(), prompt);

                assertThat(prompt).allSatisfy(ms -> assertThat(ms).isLessThan(PROMPT.toMillis()));
                // At most 100 bodies are read at once; more than 100 get 408 when some connect after others were cut.
                assertThat(byStatus.keySet()).containsOnly(408, 503);
                assertThat(slowest408).isLessThan(BODY_TIMEOUT.plus(GRACE).toMillis());
                // Dripped every 500 ms, the headers never trip the 2 s idle timeout: only their total time closes them.
                assertThat(slowestHeaders).isBetween(HEADER_TIMEOUT.toMillis(), HEADER_TIMEOUT.plus(GRACE).toMillis());
                assertThat(all).filteredOn(a -> a.status() == 408).allSatisfy(a -> assertThat(a.text())
                        .contains("ogpld.connections.body-timeout").contains("Connection: close"));
            } finally {
                drip.shutdownNow();
                readers.shutdownNow();
                clients.forEach(SlowClient::close);
            }
        }
    }

    @Test
    void aBodyThatStopsArrivingIsCutAfterTheIdleTimeout() throws Exception {
        try (EndpointProcess server = start()) {
            int port = server.awaitPort(START);
            Http http = new Http(port);
            assertThat(http.send(http.request("/$/ping")).statusCode()).as("warmed up").isEqualTo(200);
            SlowClient silent = SlowClient.body(port, "/ogp/update");
            try {
                Answer answer = silent.awaitAnswer();
                assertThat(answer.status()).as(answer.text()).isEqualTo(408);
                assertThat(answer.text()).contains("ogpld.connections.idle-timeout");
                assertThat(answer.millis()).isLessThan(IDLE_TIMEOUT.plus(GRACE).toMillis());
                System.out.printf("SlowClientsIT: a silent body was cut after %d ms (idle timeout %d ms)%n",
                        answer.millis(), IDLE_TIMEOUT.toMillis());
            } finally {
                silent.close();
            }
        }
    }

    @Test
    void aSlowBodyRefusedBeforeItIsReadIsAnsweredAtOnceAndDrainedOnlyUntilItsDeadline() throws Exception {
        try (EndpointProcess server = start()) {
            int port = server.awaitPort(START);
            Http http = new Http(port);
            assertThat(http.send(http.request("/$/ping")).statusCode()).as("warmed up").isEqualTo(200);
            SlowClient anonymous = SlowClient.body(port, "/ogp/data?graph=urn:slow", false);
            ScheduledExecutorService drip = Executors.newSingleThreadScheduledExecutor();
            try {
                drip.scheduleAtFixedRate(anonymous::drip, 0, DRIP.toMillis(), TimeUnit.MILLISECONDS);
                Answer answer = anonymous.awaitAnswer();
                assertThat(answer.status()).as(answer.text()).isEqualTo(401);
                assertThat(answer.firstByteMillis()).as("answered at once").isLessThan(PROMPT.toMillis());
                assertThat(answer.millis()).as("closed at its deadline, not drained byte by byte")
                        .isLessThan(BODY_TIMEOUT.plus(GRACE).toMillis());
            } finally {
                drip.shutdownNow();
                anonymous.close();
            }
        }
    }

    private EndpointProcess start() {
        return EndpointProcess.start(temp.resolve("store"), temp.resolve("slow.log"), "--ogpld.load=",
                "--ogpld.connections.body-timeout=" + BODY_TIMEOUT.toSeconds() + "s",
                "--ogpld.connections.idle-timeout=" + IDLE_TIMEOUT.toSeconds() + "s",
                "--ogpld.connections.header-timeout=" + HEADER_TIMEOUT.toSeconds() + "s",
                "--ogpld.connections.ops-port=0");
    }

    private static long timed(java.util.function.Supplier<HttpResponse<String>> request) {
        long start = System.nanoTime();
        HttpResponse<String> answer = request.get();
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    /**
     * What a slow client got back: the status, the head and body as text, and the times from its connect to the
     * answer's first byte and to the connection's end.
     */
    record Answer(int status, String text, long firstByteMillis, long millis) {
    }

    /** A raw connection that sends the rest of its request one byte per {@link #drip()}. */
    private static final class SlowClient {
        private final Socket socket;
        private final long connected = System.nanoTime();
        private final byte[] rest;
        private int sent;

        private SlowClient(Socket socket, byte[] rest) {
            this.socket = socket;
            this.rest = rest;
        }

        /** Headers complete, with the write token, announcing 100,000 bytes of body, of which none is sent yet. */
        static SlowClient body(int port, String path) {
            return body(port, path, true);
        }

        static SlowClient body(int port, String path, boolean authorized) {
            String method = path.startsWith("/ogp/data") ? "PUT" : "POST";
            String type = method.equals("PUT") ? "text/turtle" : "application/sparql-update";
            String credentials = authorized ? "Authorization: " + ReliabilityServer.BEARER + "\r\n" : "";
            return open(port, method + " " + path + " HTTP/1.1\r\nHost: localhost\r\n" + credentials
                    + "Content-Type: " + type + "\r\nContent-Length: 100000\r\n\r\n", "#".repeat(100_000));
        }

        /** A request line, then headers that never end. */
        static SlowClient headers(int port) {
            return open(port, "GET /$/ping HTTP/1.1\r\n", "X-Slow: " + "a".repeat(8_000));
        }

        private static SlowClient open(int port, String start, String rest) {
            try {
                Socket socket = new Socket("localhost", port);
                socket.setSoTimeout(60_000);
                socket.getOutputStream().write(start.getBytes(StandardCharsets.US_ASCII));
                return new SlowClient(socket, rest.getBytes(StandardCharsets.US_ASCII));
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }

        synchronized void drip() {
            if (sent < rest.length && !socket.isClosed()) {
                try {
                    OutputStream out = socket.getOutputStream();
                    out.write(rest[sent++]);
                    out.flush();
                } catch (IOException closedByServer) {
                    sent = rest.length;
                }
            }
        }

        /** Reads until the server closes the connection, which it must do after a 408 or a refusal. */
        Answer awaitAnswer() throws IOException {
            InputStream in = socket.getInputStream();
            int first = in.read();
            long firstByte = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - connected);
            String text = first < 0 ? "" : (char) first + new String(in.readAllBytes(), StandardCharsets.UTF_8);
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - connected);
            int status = text.startsWith("HTTP/1.1 ") ? Integer.parseInt(text.substring(9, 12)) : -1;
            return new Answer(status, text, firstByte, millis);
        }

        void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a test's socket
            }
        }
    }
}
