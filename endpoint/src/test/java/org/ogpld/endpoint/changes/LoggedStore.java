package org.ogpld.endpoint.changes;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.ogpld.endpoint.OgpldProperties;

/** A TDB2 store in a folder whose writes go through a {@link ChangeRecorder}, as the endpoint's do. */
final class LoggedStore implements AutoCloseable {

    static final String BASE = OgpldProperties.CANONICAL_BASE;

    final Dataset dataset;
    final ChangeRecorder recorder;

    LoggedStore(Path folder) {
        dataset = TDB2Factory.connectDataset(folder.toString());
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        recorder = new ChangeRecorder(dataset, BASE);
    }

    /** A store whose log is compacted after each write as {@code log} says, pages being {@code pageSize}. */
    LoggedStore(Path folder, LogProperties log, int pageSize) {
        dataset = TDB2Factory.connectDataset(folder.toString());
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        recorder = new ChangeRecorder(dataset, BASE, log, pageSize);
    }

    /** One write transaction through the recorder, committed with its log entry. */
    void write(Consumer<DatasetGraph> action) {
        dataset.begin(TxnType.WRITE);
        recorder.begin();
        try {
            action.accept(recorder.target());
            recorder.beforeCommit();
            dataset.commit();
        } finally {
            dataset.end();
            recorder.end();
        }
    }

    void update(String update) {
        write(target -> UpdateExec.dataset(target).update(update).execute());
    }

    ChangeLog.Head head() {
        return Txn.calculateRead(dataset, () -> ChangeLog.head(dataset.asDatasetGraph()));
    }

    /** The named graphs' quads, for RDF4J. */
    Model data() {
        return Txn.calculateRead(dataset, () -> model(dataset.asDatasetGraph().findNG(Node.ANY, Node.ANY, Node.ANY,
                Node.ANY)));
    }

    static Model model(Iterator<Quad> quads) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.writeQuads(out, quads);
        try {
            return Rio.parse(new ByteArrayInputStream(out.toByteArray()), "", RDFFormat.NQUADS);
        } catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    /** {@code content} written as N-Quads and read back, as a client receives it. */
    static DatasetGraph transported(DatasetGraph content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, content, Lang.NQUADS);
        return org.apache.jena.riot.RDFParser.fromString(out.toString(StandardCharsets.UTF_8), Lang.NQUADS)
                .toDatasetGraph();
    }

    @Override
    public void close() {
        TDBInternal.expel(dataset.asDatasetGraph());
    }
}
