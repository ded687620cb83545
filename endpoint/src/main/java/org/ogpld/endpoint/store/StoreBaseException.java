package org.ogpld.endpoint.store;

import java.nio.file.Path;

/** A store is opened under another base than the one its data was minted under; the message names both. */
public class StoreBaseException extends RuntimeException {

    private final String recorded;

    StoreBaseException(Path folder, String recorded, String configured, String evidence) {
        super("The store " + folder.toAbsolutePath().normalize() + " holds data under the base " + recorded + " ("
                + evidence + "), not under ogpld.base " + configured);
        this.recorded = recorded;
    }

    /** The base the store's data is under. */
    public String recorded() {
        return recorded;
    }
}
