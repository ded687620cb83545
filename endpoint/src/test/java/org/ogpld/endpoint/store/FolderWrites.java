package org.ogpld.endpoint.store;

import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.ogpld.endpoint.OgpldProperties;
import org.ogpld.endpoint.TestProperties;
import org.ogpld.endpoint.changes.ChangeRecorder;

/**
 * The endpoint's write path over a TDB2 folder without the web layer ({@link StoreWrites} and its change log), as
 * the child processes the crash and replication tests kill build it.
 */
record FolderWrites(Dataset dataset, StoreWrites writes) {

    static FolderWrites open(Path folder) {
        Dataset dataset = TDB2Factory.connectDataset(folder.toString());
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        OgpldProperties properties = TestProperties.of(new OgpldProperties.Store(folder, false));
        return new FolderWrites(dataset, new StoreWrites(dataset, new StoreReopening(dataset),
                new ChangeRecorder(dataset, properties.base()), properties));
    }
}
