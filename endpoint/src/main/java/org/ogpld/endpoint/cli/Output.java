package org.ogpld.endpoint.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/** Where a command writes RDF: standard output, or a file that appears whole or not at all. */
final class Output {

    /** Writes bytes to an output stream; may fail. */
    @FunctionalInterface
    interface Writing {
        void to(OutputStream out) throws IOException;
    }

    private Output() {
    }

    /**
     * Runs {@code writing} into {@code file} (through a temporary file moved into place when complete, so a failure
     * leaves no half-written file) or, without a file, into standard output.
     */
    static void write(Optional<Path> file, Writing writing) throws IOException {
        if (file.isEmpty()) {
            OutputStream out = new BufferedOutputStream(System.out);
            writing.to(out);
            out.flush();
            return;
        }
        Path target = file.get().toAbsolutePath();
        // Not Files.createTempFile, which makes the file readable by its owner only (0600): the file is created as
        // any other, with the permissions the umask leaves (0644 under 022).
        Path temporary = target.resolveSibling("." + target.getFileName() + "."
                + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".part");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE))) {
                writing.to(out);
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
