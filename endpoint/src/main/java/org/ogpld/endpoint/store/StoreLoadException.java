package org.ogpld.endpoint.store;

/** A file that could not be loaded; the message names the file and, where known, the line and column. */
public class StoreLoadException extends RuntimeException {

    public StoreLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
