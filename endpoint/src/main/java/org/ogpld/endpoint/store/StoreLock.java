package org.ogpld.endpoint.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Whether another process holds a TDB2 store folder: TDB2 writes the holder's process id into {@code tdb.lock}
 * and refuses the folder to any other process while that one lives. Read without taking the lock, so that a server
 * can say so in one line before it starts.
 */
public final class StoreLock {

    /** TDB2's lock file in a store folder. */
    static final String FILE = "tdb.lock";

    private StoreLock() {
    }

    /** The id of the live process, other than this one, holding {@code folder}, if any. */
    public static Optional<Long> holder(Path folder) {
        String text;
        try {
            text = Files.readString(folder.resolve(FILE), StandardCharsets.US_ASCII).strip();
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(text);
            return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(ProcessHandle::isAlive)
                    .orElse(false) ? Optional.of(pid) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The one line that says {@code folder} is held by process {@code pid}, and what to do. */
    public static String message(Path folder, long pid) {
        return "the store folder " + folder.toAbsolutePath().normalize() + " is in use by another process (PID "
                + pid + "): a store is used by one process at a time; stop that one, or give another --store";
    }
}
