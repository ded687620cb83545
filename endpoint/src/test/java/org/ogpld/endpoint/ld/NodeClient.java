package org.ogpld.endpoint.ld;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs one of the Node.js clients of {@code endpoint/clients/} (Comunica, jsonld.js, installed by the build with
 * {@code npm ci}) with the machine's {@code node}, and returns what it wrote on standard output.
 */
final class NodeClient {

    static final Path FOLDER = Path.of("clients");

    private NodeClient() {}

    /** Whether the build installed the clients (their {@code node_modules}). */
    static boolean installed() {
        return Files.isDirectory(FOLDER.resolve("node_modules/jsonld"))
                && Files.isDirectory(FOLDER.resolve("node_modules/@comunica/query-sparql"));
    }

    /** Runs {@code node script args...}; fails with its standard error unless it exits with 0 within two minutes. */
    static String run(String script, List<String> args) {
        List<String> command = new ArrayList<>(List.of("node", script));
        command.addAll(args);
        try {
            Path err = Files.createTempFile("node-client-", ".err");
            Process process = new ProcessBuilder(command).directory(FOLDER.toFile())
                    .redirectError(err.toFile()).start();
            process.getOutputStream().close();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(script + " did not finish within two minutes");
            }
            String errors = Files.readString(err, StandardCharsets.UTF_8);
            Files.delete(err);
            if (process.exitValue() != 0) {
                throw new IllegalStateException(script + " " + args + " failed (" + process.exitValue() + "): "
                        + errors);
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }
}
