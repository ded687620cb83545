package org.ogpld.endpoint.reliability;

import java.nio.file.Path;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;

/** TDB2 stores the process tests start the jar on. */
final class TestStores {

    private TestStores() {}

    /** A closed store at {@code folder} holding the quad {@code <urn:s> <urn:p> "ə"} in {@code <urn:g>}. */
    static void withOneQuad(Path folder) {
        Dataset dataset = TDB2Factory.connectDataset(folder.toString());
        Txn.executeWrite(dataset, () -> dataset.asDatasetGraph().add(NodeFactory.createURI("urn:g"),
                NodeFactory.createURI("urn:s"), NodeFactory.createURI("urn:p"), NodeFactory.createLiteralString("ə")));
        TDBInternal.expel(dataset.asDatasetGraph());
    }
}
