package org.ogpld.endpoint.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * A bulk load into a store that already holds data, in one write transaction of TDB2's sequential loader (primary
 * indexes while parsing, then each secondary index built from a primary one), aborted on the first error.
 */
final class InPlaceLoad implements BulkLoad {

    private final Path store;

    InPlaceLoad(Path store) {
        this.store = store;
    }

    @Override
    public void run(Feed feed) throws IOException {
        DatasetGraph dataset = DatabaseMgr.connectDatasetGraph(store.toString());
        try {
            BulkLoad.feed(LoaderFactory.sequentialLoader(dataset, QUIET), feed);
        } finally {
            TDBInternal.expel(dataset);
        }
    }
}
