package org.ogpld.endpoint.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store folder that cannot be created or used stops the real {@code ogpld.jar} at start with exit code 1 and a
 * message naming the folder, without a stack trace, and without touching what is there.
 */
class StoreFolderIT {

    @TempDir
    Path temp;

    private String serveFails(Path store) throws Exception {
        Path log = temp.resolve("serve.log");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-jar", EndpointProcess.JAR.toString(), "serve", "--port", "0", "--store",
                store.toString(), "--ogpld.load=").redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("ogpld serve did not stop on a bad store folder:\n" + Files.readString(log));
        }
        String output = Files.readString(log);
        assertThat(process.exitValue()).as(output).isEqualTo(1);
        return output;
    }

    @Test
    void aStoreFolderUnderARegularFileIsAClearErrorNamingIt() throws Exception {
        Path file = Files.writeString(temp.resolve("plain.txt"), "not a folder");
        Path store = file.resolve("ogp");
        String output = serveFails(store);
        assertThat(output).contains("ogpld serve: ").contains(store.toString()).doesNotContain("\tat ");
        assertThat(file).hasContent("not a folder");
    }

    @Test
    void aStoreLocationThatIsARegularFileIsAClearErrorNamingIt() throws Exception {
        Path file = Files.writeString(temp.resolve("store"), "not a folder");
        String output = serveFails(file);
        assertThat(output).contains("ogpld serve: ").contains(file.toString()).doesNotContain("\tat ");
        assertThat(file).hasContent("not a folder");
    }
}
