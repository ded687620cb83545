package org.ogpld.endpoint.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.ogpld.endpoint.changes.ChangeRecorder;

/**
 * A load into a store that already holds data, in one TDB2 write transaction through the store's change log
 * ({@link ChangeRecorder}), as the server's writes go: the load is one log entry, in the same commit, so followers of
 * {@code /feed} see it (a graph it fills with many resources as one version of the whole graph). Aborted on the
 * first error.
 */
final class InPlaceLoad implements BulkLoad {

    private final Path store;
    private final String base;

    InPlaceLoad(Path store, String base) {
        this.store = store;
        this.base = base;
    }

    @Override
    public void run(Feed feed) throws IOException {
        Dataset dataset = TDB2Factory.connectDataset(store.toString());
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        ChangeRecorder recorder = new ChangeRecorder(dataset, base);
        try {
            dataset.begin(TxnType.WRITE);
            recorder.begin();
            try {
                StreamRDF destination = StreamRDFLib.dataset(recorder.target());
                destination.start();
                feed.into(destination);
                destination.finish();
                recorder.beforeCommit();
                dataset.commit();
            } catch (IOException | RuntimeException | Error e) {
                // A commit that failed may have ended the transaction already; its failure is the one to report.
                if (dataset.isInTransaction()) {
                    try {
                        dataset.abort();
                    } catch (RuntimeException | Error abort) {
                        e.addSuppressed(abort);
                    }
                }
                throw e;
            } finally {
                recorder.end();
                dataset.end();
            }
        } finally {
            TDBInternal.expel(dataset.asDatasetGraph());
        }
    }
}
