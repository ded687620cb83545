package org.ogpld.endpoint.store;

import java.nio.file.Path;

/** The TDB2 folder ({@code ogpld.store.location}) cannot be created, written or opened; the message names it. */
public class StoreFolderException extends RuntimeException {

    StoreFolderException(Path folder, String problem, Throwable cause) {
        super("Cannot use the store folder " + folder.toAbsolutePath().normalize() + " (ogpld.store.location): "
                + problem, cause);
    }

    /** A folder that cannot be used for a reason {@code message} gives whole. */
    StoreFolderException(String message) {
        super(message);
    }

    /** A folder another process holds ({@link StoreLock}). */
    static final class InUse extends StoreFolderException {
        InUse(Path folder, long pid) {
            super(StoreLock.message(folder, pid));
        }
    }
}
