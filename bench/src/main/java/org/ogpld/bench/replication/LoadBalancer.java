package org.ogpld.bench.replication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.ogpld.bench.process.JavaProcess;
import org.ogpld.bench.process.Server;

/**
 * HAProxy (Debian's {@code haproxy}) in front of the replicas, as the README's demo sets it up: round robin over the
 * servers whose readiness ({@code /actuator/health/readiness}) is up, HTTP keep-alive on both sides. Two front ends
 * in one process: {@link #single()} sends everything to the first server (the proxy's own cost), {@link #both()}
 * spreads requests over all of them.
 *
 * @param process HAProxy's process
 * @param single  the port of the front end with the first server only
 * @param both    the port of the front end with every server
 */
record LoadBalancer(JavaProcess process, int single, int both) implements AutoCloseable {

    /** {@code haproxy} on the PATH, if it is installed. */
    static Optional<Path> find() {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(java.io.File.pathSeparator)).map(dir -> Path.of(dir, "haproxy"))
                .filter(Files::isExecutable).findFirst()
                .or(() -> Optional.of(Path.of("/usr/sbin/haproxy")).filter(Files::isExecutable));
    }

    /** Starts {@code haproxy} in the foreground with a generated configuration in {@code folder}. */
    static LoadBalancer start(Path haproxy, List<Server> servers, Path folder, Path log) {
        int single = Ports.free();
        int both = Ports.free();
        StringBuilder config = new StringBuilder("""
                global
                    maxconn 2000
                defaults
                    mode http
                    option http-keep-alive
                    timeout connect 5s
                    timeout client 150s
                    timeout server 150s
                """);
        config.append("frontend single\n    bind 127.0.0.1:").append(single).append("\n    default_backend first\n");
        config.append("frontend both\n    bind 127.0.0.1:").append(both).append("\n    default_backend all\n");
        config.append("backend first\n    option httpchk GET /actuator/health/readiness\n");
        config.append("    server r1 127.0.0.1:").append(servers.get(0).port()).append(" check inter 1s\n");
        config.append("backend all\n    balance roundrobin\n    option httpchk GET /actuator/health/readiness\n");
        for (int i = 0; i < servers.size(); i++) {
            config.append("    server r").append(i + 1).append(" 127.0.0.1:").append(servers.get(i).port())
                    .append(" check inter 1s\n");
        }
        Path file = folder.resolve("haproxy.cfg");
        try {
            Files.createDirectories(folder);
            Files.writeString(file, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JavaProcess process = JavaProcess.program(List.of(haproxy.toString(), "-db", "-f", file.toString()), folder,
                log);
        LoadBalancer balancer = new LoadBalancer(process, single, both);
        balancer.awaitUp(single);
        balancer.awaitUp(both);
        return balancer;
    }

    /** The query endpoint through the front end with the first server only. */
    URI singleEndpoint() {
        return URI.create("http://127.0.0.1:" + single + "/ogp/sparql");
    }

    /** The query endpoint through the front end with every server. */
    URI bothEndpoint() {
        return URI.create("http://127.0.0.1:" + both + "/ogp/sparql");
    }

    private void awaitUp(int port) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("HAProxy stopped while starting; log " + process.logFile() + ":\n"
                        + process.log());
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                        + port + "/$/ping")).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // Not listening yet, or no server is up behind it yet (the first health check takes a moment).
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            Ports.pause(250);
        }
        close();
        throw new IllegalStateException("HAProxy's front end on port " + port + " did not answer within 60 s; log "
                + process.logFile());
    }

    @Override
    public void close() {
        process.close();
    }
}
