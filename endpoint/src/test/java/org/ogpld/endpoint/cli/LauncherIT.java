package org.ogpld.endpoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * {@code bin/ogpld}, the launcher, on the jar and the class-data archive {@code mvn package} built: it runs the
 * commands with their exit codes, and the short ones really map their classes from the archive.
 */
@Execution(ExecutionMode.CONCURRENT)
class LauncherIT {

    private static final Path LAUNCHER = Path.of("..", "bin", "ogpld").toAbsolutePath().normalize();
    private static final Path SEED = Path.of("..", "examples", "seed", "round-table-2017.yaml");

    private record Run(int exitCode, String output) {
    }

    private static Run run(Map<String, String> environment, String... arguments) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(LAUNCHER.toString()).redirectErrorStream(true);
        builder.command().addAll(List.of(arguments));
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), output);
    }

    @Test
    void printsTheVersionAndAnswersUsageErrorsWithTwo() throws Exception {
        Run version = run(Map.of(), "--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.output()).matches("ogpld \\S+\n");
        Run wrong = run(Map.of(), "no-such-command");
        assertThat(wrong.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(wrong.output()).contains("Unmatched argument at index 0: 'no-such-command'");
    }

    @Test
    void validatesTheSeedWithTheCommandLinesClassesMappedFromTheArchive() throws Exception {
        Run run = run(Map.of("OGPLD_JAVA_OPTS", "-Xlog:class+load=info"), "validate", SEED.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.output()).contains(SEED + ": valid (0 error(s), 0 warning(s))");
        List<String> ours = run.output().lines().filter(line -> line.contains(" org.ogpld.")).toList();
        assertThat(ours).isNotEmpty();
        assertThat(ours).filteredOn(line -> line.contains("source: shared objects file"))
                .hasSizeGreaterThan(ours.size() * 9 / 10);
    }

    @Test
    void loadsOnTheParallelCollectorAndTheLoadedStoreHoldsEveryQuad(@TempDir Path folder) throws Exception {
        Path quads = folder.resolve("data.nq");
        Files.writeString(quads, """
                <https://d.example/id/a> <http://example.org/p> "1" <https://d.example/graph/g1> .
                <https://d.example/id/a> <http://example.org/p> "ə" <https://d.example/graph/g2> .
                <https://d.example/id/b> <http://example.org/p> <https://d.example/id/a> <https://d.example/graph/g1> .
                """, StandardCharsets.UTF_8);
        Path store = folder.resolve("store");
        Run run = run(Map.of("OGPLD_JAVA_OPTS", "-Xlog:gc=info"), "load", quads.toString(), "--store",
                store.toString(), "--base", "https://d.example/");
        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("Using Parallel").contains("Loaded 3 statements from 1 file(s)");
        DatasetGraph loaded = DatabaseMgr.connectDatasetGraph(store.toString());
        try {
            assertThat(Txn.calculateRead(loaded, () -> loaded.stream().count())).isEqualTo(3);
        } finally {
            TDBInternal.expel(loaded);
        }
    }

    @Test
    void reportsAnInvalidFileWithExitCodeOne(@TempDir Path folder) throws Exception {
        Path broken = folder.resolve("broken.ttl");
        Files.writeString(broken, "<urn:a> <urn:b> .\n");
        Run run = run(Map.of(), "validate", broken.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.output()).contains("error: " + broken + ":1:17: ");
    }
}
