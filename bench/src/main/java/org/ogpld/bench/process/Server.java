package org.ogpld.bench.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ogpld.model.Iris;

/**
 * A SPARQL server under test, started as its own process on a loopback port: ours ({@code ogpld.jar serve}), stock
 * Fuseki ({@code jena-fuseki-server.jar}), both JVMs with the same options, or OpenLink Virtuoso
 * ({@link VirtuosoInstance}), each on its own copy of the store.
 *
 * @param name      how reports call it
 * @param process   its process
 * @param port      its loopback HTTP port
 * @param queryPath the path of its SPARQL query endpoint
 */
public record Server(String name, JavaProcess process, int port, String queryPath) implements AutoCloseable {

    /** How long a server may take to start; {@code -Dogpld.bench.start-limit=PT15M} on a machine under load. */
    private static final Duration START_LIMIT = Duration.parse(System.getProperty("ogpld.bench.start-limit", "PT5M"));
    private static final String DATASET = "/ogp/sparql";

    /**
     * Our endpoint on {@code store}, with {@code settings} ({@code --name=value}) added to its command line. The
     * generated data's IRIs are under the model's default base, which the server is told is the data's.
     */
    public static Server ours(Tools tools, Path store, List<String> jvmOptions, List<String> settings, Path log) {
        int port = freePort();
        List<String> args = new ArrayList<>(jvmOptions);
        args.addAll(List.of("-jar", tools.ogpldJar().toString(), "serve", "--port", Integer.toString(port),
                "--store", store.toString(), "--server.address=127.0.0.1", "--ogpld.query.timeout=120s",
                "--ogpld.base=" + Iris.defaults().base()));
        args.addAll(settings);
        return started("ours", JavaProcess.start(args, log, false), port, DATASET, "/$/ping");
    }

    /** Stock Fuseki on {@code store}, the default graph being the union of the named graphs, as ours. */
    public static Server fuseki(Tools tools, Path store, List<String> jvmOptions, Path log) {
        int port = freePort();
        List<String> args = new ArrayList<>(jvmOptions);
        args.addAll(List.of("-jar", tools.fusekiJar().toString(), "--localhost", "--port=" + port,
                "--loc=" + store, "--set", "tdb:unionDefaultGraph=true", "--timeout=120000", "--ping", "/ogp"));
        // Fuseki keeps its run folder (configuration templates, system database) in FUSEKI_BASE, else ./run.
        Map<String, String> environment = Map.of("FUSEKI_BASE",
                log.toAbsolutePath().resolveSibling("fuseki-base").toString());
        return started("Fuseki", JavaProcess.start(args, environment, log, false), port, DATASET, "/$/ping");
    }

    /** The dataset's query endpoint. */
    public URI queryEndpoint() {
        return uri(queryPath);
    }

    /** A path on the server. */
    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /**
     * Waits until {@code readyPath} answers 200 (at most 15 minutes: our server took over 5 minutes to start on
     * this 2-core machine at a load average of 25); stops the process if it does not.
     */
    static Server started(String name, JavaProcess process, int port, String queryPath, String readyPath) {
        Server server = new Server(name, process, port, queryPath);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped while starting; log " + process.logFile() + ":\n"
                        + tail(process.log()));
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(server.uri(readyPath))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return server;
                }
                pause();
            } catch (IOException e) {
                pause();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        process.close();
        throw new IllegalStateException(name + " did not answer " + readyPath + " within " + START_LIMIT);
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String tail(String log) {
        return log.length() <= 4000 ? log : log.substring(log.length() - 4000);
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        process.close();
    }
}
