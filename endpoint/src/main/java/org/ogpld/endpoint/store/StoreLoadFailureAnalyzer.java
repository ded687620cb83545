package org.ogpld.endpoint.store;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a failed initial load into a short start-up report naming the file and position, without a stack trace. */
class StoreLoadFailureAnalyzer extends AbstractFailureAnalyzer<StoreLoadException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, StoreLoadException cause) {
        return new FailureAnalysis("The initial load (ogpld.load) failed: " + cause.getMessage()
                + "\nNothing was loaded: the load is one transaction.",
                "Fix the file, or remove it from ogpld.load, and start again.", cause);
    }
}
