package org.ogpld.endpoint.store;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a store opened under the wrong base into a short start-up report saying what to set. */
class StoreBaseFailureAnalyzer extends AbstractFailureAnalyzer<StoreBaseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, StoreBaseException cause) {
        return new FailureAnalysis(cause.getMessage(), "Start with ogpld.base=" + cause.recorded() + " (--base), "
                + "which is the data's own base (where the server is reached is ogpld.public-url), or point "
                + "ogpld.store.location at another store.", cause);
    }
}
