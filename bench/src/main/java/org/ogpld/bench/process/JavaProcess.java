package org.ogpld.bench.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JVM (or, through {@link #program}, another server) started by the harness, its output in a log file; its
 * resident memory can be sampled from {@code /proc/PID/status}. Closing it stops it (and only it).
 */
public final class JavaProcess implements AutoCloseable {

    /** {@code GC.heap_info}'s first line: {@code garbage-first heap   total 6291456K, used 812345K [...}. */
    private static final Pattern HEAP_USED = Pattern.compile("heap\\s+total \\d+K, used (\\d+)K");

    private final Process process;
    private final Path log;
    private final long started;
    private final boolean jvm;

    private JavaProcess(Process process, Path log, boolean jvm) {
        this.process = process;
        this.log = log;
        this.started = System.nanoTime();
        this.jvm = jvm;
    }

    /**
     * Starts {@code java} with {@code arguments}, optionally under {@code /usr/bin/time -v} (whose report of the
     * maximum resident set size then ends the log).
     */
    public static JavaProcess start(List<String> arguments, Path log, boolean timed) {
        return start(arguments, Map.of(), log, timed);
    }

    /** As {@link #start(List, Path, boolean)}, with {@code environment} added to this process's environment. */
    public static JavaProcess start(List<String> arguments, Map<String, String> environment, Path log,
            boolean timed) {
        List<String> command = new ArrayList<>();
        if (timed) {
            command.addAll(List.of("/usr/bin/time", "-v"));
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(arguments);
        return launch(command, environment, null, log, true);
    }

    /**
     * Starts a program that is not a JVM (Virtuoso's {@code virtuoso-t}) in {@code directory}: resident memory and
     * closing work as for a JVM; {@link #liveHeapMib()} has nothing to ask.
     */
    public static JavaProcess program(List<String> command, Path directory, Path log) {
        return program(command, Map.of(), directory, log);
    }

    /** As {@link #program(List, Path, Path)}, with {@code environment} added to this process's environment. */
    public static JavaProcess program(List<String> command, Map<String, String> environment, Path directory,
            Path log) {
        return launch(command, environment, directory, log, false);
    }

    private static JavaProcess launch(List<String> command, Map<String, String> environment, Path directory,
            Path log, boolean jvm) {
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            if (directory != null) {
                builder.directory(directory.toFile());
            }
            builder.environment().putAll(environment);
            Process process = builder.start();
            return new JavaProcess(process, log, jvm);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command, e);
        }
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Waits for it to end, at most {@code limit}; returns the exit code. */
    public int await(Duration limit) {
        try {
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                close();
                throw new IllegalStateException("process did not finish within " + limit + "; log: " + log);
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for " + log, e);
        }
    }

    /** Seconds since it was started. */
    public double elapsedSeconds() {
        return (System.nanoTime() - started) / 1e9;
    }

    /** The log so far. */
    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path logFile() {
        return log;
    }

    /**
     * The maximum resident set size that {@code /usr/bin/time -v} reported, in MiB.
     *
     * @throws IllegalStateException if the log holds no such report
     */
    public double maxRssMib() {
        return log().lines().filter(l -> l.contains("Maximum resident set size (kbytes):")).findFirst()
                .map(l -> Long.parseLong(l.substring(l.lastIndexOf(':') + 1).strip()) / 1024.0)
                .orElseThrow(() -> new IllegalStateException("no /usr/bin/time report in " + log));
    }

    /**
     * The heap in use right after a full collection, in MiB: what the JVM keeps live, whatever its heap size lets it
     * leave uncollected. Asks the JVM through {@code jcmd} (of the JDK that runs the harness); 0 if it cannot tell,
     * NaN for a program that is not a JVM.
     */
    public double liveHeapMib() {
        if (!jvm) {
            return Double.NaN;
        }
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        String pid = Long.toString(process.pid());
        jcmd(jcmd, pid, "GC.run");
        Matcher used = HEAP_USED.matcher(jcmd(jcmd, pid, "GC.heap_info"));
        return used.find() ? Long.parseLong(used.group(1)) / 1024.0 : 0;
    }

    private static String jcmd(String... command) {
        try {
            Process jcmd = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            jcmd.waitFor(60, TimeUnit.SECONDS);
            return output;
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    /** Current ({@code VmRSS}) and peak ({@code VmHWM}) resident memory of the JVM in MiB, from /proc. */
    public Memory memory() {
        return Memory.of(process.pid());
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Resident memory of a process.
     *
     * @param rssMib resident set now, MiB
     * @param hwmMib peak resident set so far, MiB
     */
    public record Memory(double rssMib, double hwmMib) {

        static Memory of(long pid) {
            try {
                List<String> lines = Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"));
                return new Memory(kib(lines, "VmRSS:") / 1024.0, kib(lines, "VmHWM:") / 1024.0);
            } catch (IOException e) {
                return new Memory(0, 0);
            }
        }

        private static long kib(List<String> lines, String key) {
            return lines.stream().filter(l -> l.startsWith(key)).findFirst()
                    .map(l -> Long.parseLong(l.substring(key.length()).replace("kB", "").strip())).orElse(0L);
        }
    }
}
