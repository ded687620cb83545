package org.ogpld.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * A child JVM on the test class path that writes into a store and prints {@code ACK n} once write {@code n} has
 * committed, killed ({@code kill -9}) as soon as it has acknowledged a given number of writes: the crash tests'
 * writer.
 */
public final class KilledWriter {

    private KilledWriter() {}

    /**
     * Runs {@code main} (a class with a {@code main(String[])} taking the store folder) on {@code store} and kills it
     * once it has acknowledged {@code writes} writes; returns the numbers of every write it acknowledged before it died.
     */
    public static Set<Long> runUntilKilled(Class<?> main, Path store, int writes) throws InterruptedException {
        Set<Long> acks = new HashSet<>();
        StringBuilder output = new StringBuilder();
        try {
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx128m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData", "-cp",
                    System.getProperty("java.class.path"), main.getName(), store.toString())
                    .redirectErrorStream(true).start();
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while (acks.size() < writes && (line = lines.readLine()) != null) {
                    if (line.startsWith("ACK ")) {
                        acks.add(Long.parseLong(line.substring(4)));
                    } else {
                        output.append(line).append('\n');
                    }
                }
                // kill -9 through the handle, which leaves the output open: writes acknowledged between the last
                // line read and the kill are acknowledged too.
                process.toHandle().destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
                while ((line = lines.readLine()) != null) {
                    if (line.startsWith("ACK ")) {
                        acks.add(Long.parseLong(line.substring(4)));
                    }
                }
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        assertThat(acks).as("the writer's output:\n" + output).hasSizeGreaterThanOrEqualTo(writes);
        return acks;
    }
}
