package org.ogpld.bench.replication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.ogpld.bench.process.JavaProcess;
import org.ogpld.bench.process.Server;

/** What the replication benchmark asks of the servers and the machine: positions, pauses, the load average. */
final class Probe {

    private Probe() {
    }

    /** Times {@code replica} climbing from {@code positions[0]} through each range; seconds per range. */
    static double[] climb(Server replica, long[] positions) {
        HttpClient http = HttpClient.newHttpClient();
        long t0 = System.nanoTime();
        double[] seconds = new double[positions.length - 1];
        long mark = t0;
        for (int k = 1; k < positions.length; k++) {
            long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
            while (position(http, replica) < positions[k]) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(replica.name() + " did not reach log entry " + positions[k]);
                }
                Ports.pause(20);
            }
            long now = System.nanoTime();
            seconds[k - 1] = (now - mark) / 1e9;
            mark = now;
        }
        return seconds;
    }

    /** Waits until {@code replica} holds log entry {@code position}, at most {@code limit}. */
    static void awaitPosition(Server replica, long position, Duration limit) {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + limit.toNanos();
        while (position(http, replica) < position) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(replica.name() + " did not reach log entry " + position + " within "
                        + limit);
            }
            Ports.pause(100);
        }
    }

    /** The replica's position, from the {@code Ogpld-Position} of its cheapest answer. */
    static long position(HttpClient http, Server replica) {
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(replica.uri("/$/ping"))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding());
            return Long.parseLong(response.headers().firstValue(WriterClient.POSITION).orElseThrow(
                    () -> new IllegalStateException(replica.name() + " answers without " + WriterClient.POSITION)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Pauses ({@code STOP}) or resumes ({@code CONT}) a server's process. */
    static void signal(Server server, String signal) {
        JavaProcess process = server.process();
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).start();
            if (kill.waitFor() != 0) {
                throw new IllegalStateException("kill -" + signal + " " + process.pid() + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The 1, 5 and 15 minute load averages, from /proc/loadavg. */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + ", " + fields[1] + ", " + fields[2];
        } catch (IOException e) {
            return "unknown";
        }
    }
}
