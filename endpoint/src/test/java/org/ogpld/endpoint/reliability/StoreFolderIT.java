package org.ogpld.endpoint.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * A store folder that cannot be created, used or written stops the real {@code ogpld.jar} at start with exit code 1
 * and a message naming the folder, without a stack trace, and without touching what is there.
 */
@Execution(ExecutionMode.CONCURRENT)
class StoreFolderIT {

    @TempDir
    Path temp;

    private String serveFails(Path store) throws Exception {
        return serveFails(List.of(), store);
    }

    private String serveFails(List<String> launcher, Path store) throws Exception {
        return serveFails(launcher, EndpointProcess.JAR.toAbsolutePath(), store);
    }

    private String serveFails(List<String> launcher, Path jar, Path store) throws Exception {
        Path log = temp.resolve("serve.log");
        List<String> command = new ArrayList<>(launcher);
        command.addAll(List.of(EndpointProcess.java(), "-XX:TieredStopAtLevel=1", "-jar", jar.toString(), "serve",
                "--port", "0", "--store", store.toString(), "--ogpld.load="));
        Process process = new ProcessBuilder(command).directory(privateFolder().toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
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

    /**
     * Root may write anywhere, so as root the jar runs as user 65534 ({@code setpriv}) on a store owned by root;
     * otherwise the store is made read-only with permission bits. The store stays closed rather than serving
     * read-only: TDB2 must write its lock and journal even to read, as Fuseki's TDB2 databases do. The other
     * user runs a copy of the jar beside the store, from a working folder it may not enter, since the clone may sit
     * in a folder only its owner can enter.
     */
    @Test
    void aStoreFolderThisProcessMayNotWriteIsAClearErrorAndStaysUnchanged() throws Exception {
        Path store = temp.resolve("store");
        TestStores.withOneQuad(store);
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));
        boolean root = (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid") == 0;
        if (!root) {
            readOnly(store);
        }
        Map<String, String> before = snapshot(store);

        String output = root
                ? serveFails(List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"), readableJar(), store)
                : serveFails(store);
        assertThat(output).contains("ogpld serve: ").contains(store.toString()).contains("not a writable folder")
                .doesNotContain("\tat ");
        assertThat(snapshot(store)).isEqualTo(before);
    }

    /**
     * The folder the jar starts in: one only this process's user may enter, as a clone in a private home folder is.
     * The other user's run then proves that the jar needs nothing from its working directory, wherever the clone
     * sits.
     */
    private Path privateFolder() throws IOException {
        Path folder = temp.resolve("private");
        if (!Files.isDirectory(folder)) {
            Files.createDirectory(folder,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        return folder;
    }

    private Path readableJar() throws IOException {
        Path jar = Files.copy(EndpointProcess.JAR, temp.resolve("ogpld.jar"));
        Files.setPosixFilePermissions(jar, PosixFilePermissions.fromString("rw-r--r--"));
        return jar;
    }

    private static void readOnly(Path store) throws IOException {
        try (Stream<Path> paths = Files.walk(store)) {
            for (Path path : paths.toList()) {
                Files.setPosixFilePermissions(path,
                        PosixFilePermissions.fromString(Files.isDirectory(path) ? "r-xr-xr-x" : "r--r--r--"));
            }
        }
    }

    /** Every file of the store with its size and modification time. */
    private static Map<String, String> snapshot(Path store) throws IOException {
        try (Stream<Path> paths = Files.walk(store)) {
            Map<String, String> files = new TreeMap<>();
            for (Path path : paths.toList()) {
                files.put(store.relativize(path).toString(), Files.size(path) + " " + Files.getLastModifiedTime(path));
            }
            return files;
        }
    }
}
