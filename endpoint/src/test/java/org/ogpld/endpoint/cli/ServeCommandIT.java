package org.ogpld.endpoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code ogpld serve} when the server cannot start: exit code 1 and one line saying why, no stack trace. */
class ServeCommandIT {

    @Test
    void aServerThatCannotStartExitsWithOneAndSaysWhy() {
        StringWriter err = new StringWriter();
        CommandLine commandLine = Ogpld.commandLine();
        commandLine.setErr(new PrintWriter(err));
        int code = commandLine.execute("serve", "--in-memory", "--port", "0", "--load", "/no/such/file.ttl");
        assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).startsWith("ogpld serve: ").contains("/no/such/file.ttl").doesNotContain("\tat ");
    }
}
