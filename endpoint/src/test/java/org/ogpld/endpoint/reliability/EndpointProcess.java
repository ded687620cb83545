package org.ogpld.endpoint.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The real {@code ogpld.jar} started as a separate process on a TDB2 folder, to be killed like a crash would. */
final class EndpointProcess implements AutoCloseable {

    static final Path JAR = Path.of("target", "ogpld.jar");
    private static final Pattern STARTED = Pattern.compile("started on ports? (\\d+)");
    /** The second port Tomcat names, the operations connector's ({@code ogpld.connections.ops-port}). */
    private static final Pattern OPS_STARTED = Pattern.compile("started on ports \\d+ \\(http\\), (\\d+)");

    private final Process process;
    private final Path log;

    private EndpointProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts {@code ogpld serve} on a random port; Spring settings are given as {@code --name=value}. */
    static EndpointProcess start(Path store, Path log, String... settings) {
        return start(List.of(), store, log, settings);
    }

    /** As {@link #start(Path, Path, String...)}, with {@code java} run through {@code launcher} (e.g. a limit). */
    static EndpointProcess start(List<String> launcher, Path store, Path log, String... settings) {
        List<String> command = new ArrayList<>(launcher);
        // The quick compiler and the serial collector: a test server lives seconds, and starts cost the most CPU.
        command.addAll(List.of(java(), "-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar",
                JAR.toAbsolutePath().toString(), "serve", "--port", "0", "--store", store.toString(),
                "--ogpld.security.token=" + ReliabilityServer.TOKEN));
        command.addAll(List.of(settings));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            return new EndpointProcess(process, log);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Waits until the log shows {@code text}, or fails when the process ends or the time runs out. */
    String awaitLog(Pattern text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Matcher matcher = text.matcher(log());
            if (matcher.find()) {
                return matcher.groupCount() > 0 ? matcher.group(1) : matcher.group();
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("ogpld exited with " + process.exitValue() + ":\n" + log());
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("No '" + text + "' after " + timeout + " in:\n" + log());
    }

    int awaitPort(Duration timeout) throws InterruptedException {
        return Integer.parseInt(awaitLog(STARTED, timeout));
    }

    int awaitOpsPort(Duration timeout) throws InterruptedException {
        return Integer.parseInt(awaitLog(OPS_STARTED, timeout));
    }

    String log() {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** {@code kill -9}: no shutdown hook, no flush, no closing of the store. */
    void crash() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
