package org.ogpld.endpoint.reliability;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A small file system mounted on a folder for the test's lifetime, to fill up for real: tmpfs, or where that is not
 * permitted an ext4 image on a loop device. Mounting needs root (as on CI); {@link #mount} is empty when neither
 * works, and the test is then skipped.
 */
final class SmallFileSystem implements AutoCloseable {

    private final Path folder;
    private final String kind;

    private SmallFileSystem(Path folder, String kind) {
        this.folder = folder;
        this.kind = kind;
    }

    /** Mounts a file system of {@code megabytes} MB on {@code folder} (created); empty if that is not permitted. */
    static Optional<SmallFileSystem> mount(Path folder, Path scratch, int megabytes) throws Exception {
        Files.createDirectories(folder);
        if (run("mount", "-t", "tmpfs", "-o", "size=" + megabytes + "m", "tmpfs", folder.toString())) {
            return Optional.of(new SmallFileSystem(folder, "tmpfs"));
        }
        Path image = scratch.resolve("small-fs.img");
        try (var file = new java.io.RandomAccessFile(image.toFile(), "rw")) {
            file.setLength((long) megabytes << 20);
        }
        if (run("mkfs.ext4", "-q", "-F", image.toString())
                && run("mount", "-o", "loop", image.toString(), folder.toString())) {
            return Optional.of(new SmallFileSystem(folder, "ext4 on a loop device"));
        }
        return Optional.empty();
    }

    Path folder() {
        return folder;
    }

    String kind() {
        return kind;
    }

    /**
     * Writes a file of {@code bytes}, or until the file system refuses more; returns it, to delete when space is
     * to come back.
     */
    Path fill(String name, long bytes) throws IOException {
        Path filler = folder.resolve(name);
        byte[] chunk = new byte[4096];
        try (OutputStream out = Files.newOutputStream(filler)) {
            for (long written = 0; written < bytes; written += chunk.length) {
                out.write(chunk);
            }
        } catch (IOException full) {
            if (!String.valueOf(full.getMessage()).contains("No space left on device")) {
                throw full;
            }
        }
        return filler;
    }

    long usableBytes() throws IOException {
        return Files.getFileStore(folder).getUsableSpace();
    }

    @Override
    public void close() throws Exception {
        run("umount", "-l", folder.toString());
    }

    private static boolean run(String... command) throws Exception {
        Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    }
}
