package org.ogpld.endpoint.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A process that holds a store folder as TDB2 does (its id in {@code tdb.lock}, the file locked), says
 * {@code locked} and waits until its standard input closes: another process for tests of a store in use.
 */
final class HoldStoreLock {

    private HoldStoreLock() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0], "tdb.lock");
        Files.writeString(file, Long.toString(ProcessHandle.current().pid()), StandardCharsets.US_ASCII);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            channel.lock();
            System.out.println("locked");
            System.out.flush();
            System.in.read();
        }
    }
}
