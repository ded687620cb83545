package org.ogpld.bench.replication;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.ogpld.bench.process.JavaProcess;

/**
 * A single-node Kafka broker (KRaft) as its own process, started by the repository's {@code bin/kafka-dev} (the
 * broker a person starts for the replication demo) on free loopback ports, with its data in a fresh folder.
 *
 * @param process the broker's process
 * @param port    its client port on 127.0.0.1
 */
record KafkaBroker(JavaProcess process, int port) implements AutoCloseable {

    private static final Duration START_LIMIT = Duration.ofMinutes(3);

    /** Starts {@code script} ({@code bin/kafka-dev}) with its data in {@code folder}; returns once it is up. */
    static KafkaBroker start(Path script, Path folder, Path log) {
        if (!Files.isRegularFile(script)) {
            throw new IllegalStateException(script + " is missing: the harness starts Kafka with the repository's "
                    + "bin/kafka-dev");
        }
        int port = Ports.free();
        int controller = Ports.free();
        JavaProcess process = JavaProcess.program(List.of("sh", script.toString(), folder.toString()),
                java.util.Map.of("KAFKA_PORT", Integer.toString(port), "KAFKA_CONTROLLER_PORT",
                        Integer.toString(controller)), folder.getParent(), log);
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Kafka stopped while starting; log " + log);
            }
            if (Files.exists(log) && process.log().contains("Kafka Server started")) {
                return new KafkaBroker(process, port);
            }
            Ports.pause(200);
        }
        process.close();
        throw new IllegalStateException("Kafka did not start within " + START_LIMIT + "; log " + log);
    }

    String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    @Override
    public void close() {
        process.close();
    }
}
