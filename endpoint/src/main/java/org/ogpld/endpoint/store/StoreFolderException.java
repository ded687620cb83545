package org.ogpld.endpoint.store;

import java.nio.file.Path;

/** The TDB2 folder ({@code ogpld.store.location}) cannot be created, written or opened; the message names it. */
public class StoreFolderException extends RuntimeException {

    StoreFolderException(Path folder, String problem, Throwable cause) {
        super("Cannot use the store folder " + folder.toAbsolutePath().normalize() + " (ogpld.store.location): "
                + problem, cause);
    }
}
