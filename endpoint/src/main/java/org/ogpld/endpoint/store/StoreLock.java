package org.ogpld.endpoint.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Whether another process holds a TDB2 store folder: TDB2 writes the holder's process id into {@code tdb.lock}
 * and locks that file while it uses the folder. The file outlives the lock, so a process named there holds the
 * folder only while the file is locked. Checked without keeping the lock, so that a server can say so in one line
 * before it starts.
 */
public final class StoreLock {

    /** TDB2's lock file in a store folder. */
    static final String FILE = "tdb.lock";

    private StoreLock() {
    }

    /** The id of the process, other than this one, holding {@code folder}, if any. */
    public static Optional<Long> holder(Path folder) {
        Path file = folder.resolve(FILE);
        Optional<Long> named = named(file);
        // A file naming this process is never opened here: closing a channel would drop this process's own lock.
        if (named.isEmpty() || named.get() == ProcessHandle.current().pid()) {
            return Optional.empty();
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                lock.release();
                return Optional.empty();
            }
            return named;
        } catch (IOException | OverlappingFileLockException | SecurityException e) {
            // Not ours to judge (a folder this process may not write): TDB2 says what is wrong when it opens it.
            return Optional.empty();
        }
    }

    /** The one line that says {@code folder} is held by process {@code pid}, and what to do. */
    public static String message(Path folder, long pid) {
        return "the store folder " + folder.toAbsolutePath().normalize() + " is in use by another process (PID "
                + pid + "): a store is used by one process at a time; stop that one, or give another --store";
    }

    private static Optional<Long> named(Path file) {
        try {
            return Optional.of(Long.parseLong(Files.readString(file, StandardCharsets.US_ASCII).strip()));
        } catch (IOException | SecurityException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
