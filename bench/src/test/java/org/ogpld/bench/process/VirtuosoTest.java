package org.ogpld.bench.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VirtuosoTest {

    @TempDir
    Path dir;

    @Test
    void isAbsentWithoutVirtuosoOnThePath() throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        executable(bin.resolve("isql-vt"));

        assertThat(Virtuoso.find(null, bin.toString())).isEmpty();
    }

    @Test
    void findsDebiansServerAndClientOnThePath() throws IOException {
        Path server = executable(Files.createDirectories(dir.resolve("sbin")).resolve("virtuoso-t"));
        Path client = executable(Files.createDirectories(dir.resolve("bin")).resolve("isql-vt"));

        assertThat(Virtuoso.find(null, dir.resolve("bin") + File.pathSeparator + dir.resolve("sbin")))
                .contains(new Virtuoso(server, client));
    }

    @Test
    void takesAPlainIsqlOnlyFromBesideTheServer() throws IOException {
        Path openlink = Files.createDirectories(dir.resolve("openlink/bin"));
        Path server = executable(openlink.resolve("virtuoso-t"));
        Path client = executable(openlink.resolve("isql"));
        executable(Files.createDirectories(dir.resolve("usr/bin")).resolve("isql"));

        assertThat(Virtuoso.find(openlink, dir.resolve("usr/bin").toString())).contains(new Virtuoso(server, client));
        Files.delete(client);
        assertThatThrownBy(() -> Virtuoso.find(openlink, dir.resolve("usr/bin").toString()))
                .hasMessageContaining("no isql-vt, isql-v or isql");
    }

    @Test
    void namesAVirtuosoOptionThatPointsAtNoServer() {
        assertThatThrownBy(() -> Virtuoso.find(dir.resolve("nowhere"), ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--virtuoso").hasMessageContaining("nowhere");
    }

    private static Path executable(Path file) throws IOException {
        Files.writeString(file, "#!/bin/sh\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }
}
