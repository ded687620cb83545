package org.ogpld.endpoint.store;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns an unusable store folder into a short start-up report naming it, without a stack trace. */
class StoreFolderFailureAnalyzer extends AbstractFailureAnalyzer<StoreFolderException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, StoreFolderException cause) {
        return new FailureAnalysis(cause.getMessage(), "Point ogpld.store.location (--store) at a folder this "
                + "process may create and write, or free the disk, and start again.", cause);
    }
}
