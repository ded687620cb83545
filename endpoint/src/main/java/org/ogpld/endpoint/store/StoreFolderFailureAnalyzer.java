package org.ogpld.endpoint.store;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns an unusable store folder into a short start-up report naming it, without a stack trace. */
class StoreFolderFailureAnalyzer extends AbstractFailureAnalyzer<StoreFolderException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, StoreFolderException cause) {
        String action = cause instanceof StoreFolderException.InUse
                ? "Stop the other process, or point ogpld.store.location (--store) at another folder."
                : "Point ogpld.store.location (--store) at a folder this process may create and write, or free the "
                + "disk, and start again.";
        return new FailureAnalysis(cause.getMessage(), action, cause);
    }
}
