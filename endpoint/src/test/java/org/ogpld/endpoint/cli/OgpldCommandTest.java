package org.ogpld.endpoint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line parses and answers help without starting Spring; usage errors exit with 2. */
class OgpldCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = Ogpld.commandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        return commandLine.execute(args);
    }

    @Test
    void helpListsServeAndExitsWithZero() {
        assertThat(run("--help")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("serve").contains("Examples");
    }

    @Test
    void theHelpCommandAnswersLikeTheOptionAndExitsWithZero() {
        assertThat(run("help")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("serve").contains("load");
        assertThat(run("help", "load")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("--store");
    }

    @Test
    void serveOnAStoreAnotherProcessHoldsSaysSoInOneLineWithoutStartingSpring(@TempDir Path store)
            throws Exception {
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldStoreLock.class.getName(), store.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            assertThat(new java.io.BufferedReader(new java.io.InputStreamReader(other.getInputStream(),
                    java.nio.charset.StandardCharsets.UTF_8)).readLine()).isEqualTo("locked");

            int code = run("serve", "--store", store.toString(), "--port", "0", "--ogpld.load=");

            assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
            assertThat(err.toString()).isEqualTo("ogpld serve: the store folder " + store.toAbsolutePath()
                    .normalize() + " is in use by another process (PID " + other.pid() + "): a store is used by one"
                    + " process at a time; stop that one, or give another --store" + System.lineSeparator());
            assertThat(out.toString()).isEmpty();
        } finally {
            other.getOutputStream().close();
            other.waitFor();
        }
    }

    @Test
    void serveHelpNamesItsOptions() {
        assertThat(run("serve", "--help")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("--port").contains("--store").contains("--in-memory");
    }

    @Test
    void unknownCommandIsAUsageError() {
        int code = run("frobnicate");
        assertThat(err.toString()).contains("frobnicate");
        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("frobnicate");
    }

    @Test
    void serveTurnsItsOptionsIntoSpringArguments() {
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs("--port", "8080", "--store", "/tmp/s", "--in-memory", "--load", "a.ttl,b.nq",
                "--ogpld.query.timeout=5s");
        assertThat(serve.arguments()).containsExactly("--server.port=8080", "--ogpld.store.location=/tmp/s",
                "--ogpld.store.in-memory=true", "--ogpld.load=a.ttl,b.nq", "--ogpld.query.timeout=5s");
    }

    @Test
    void serveSendsTheGraphOfItsOneLoadFileAlongWithIt() {
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs("--load", "a.ttl", "--graph", "https://example.org/graph/a");
        assertThat(serve.arguments()).containsExactly("--ogpld.load=<https://example.org/graph/a>a.ttl");

        ServeCommand two = new ServeCommand();
        new CommandLine(two).parseArgs("--load", "a.ttl,b.ttl", "--graph", "https://example.org/graph/a");
        assertThatThrownBy(two::arguments).isInstanceOf(CommandLine.ParameterException.class)
                .hasMessageContaining("one --load file");
    }
}
