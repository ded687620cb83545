package org.ogpld.endpoint.replication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ogpld.endpoint.OgpldProperties;
import org.ogpld.endpoint.changes.ChangeLog;
import org.ogpld.endpoint.changes.ChangeRecorder;

/** A replica applies the writer's patches once each, in order, and stops rather than skip or reorder one. */
class PatchApplierTest {

    private Dataset writer;
    private ChangeRecorder recorder;
    private Dataset replica;
    private final List<byte[]> patches = new ArrayList<>();

    @BeforeEach
    void stores() {
        writer = TDB2Factory.createDataset();
        writer.getContext().set(TDB2.symUnionDefaultGraph, true);
        recorder = new ChangeRecorder(writer, OgpldProperties.CANONICAL_BASE);
        replica = TDB2Factory.createDataset();
        replica.getContext().set(TDB2.symUnionDefaultGraph, true);
        write(target -> UpdateExec.dataset(target).update("INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:p> 1, _:b . "
                + "_:b <urn:q> 2 } }").execute());
        write(target -> UpdateExec.dataset(target).update("DELETE WHERE { GRAPH <urn:g> { <urn:a> <urn:p> 1 } }")
                .execute());
        write(target -> UpdateExec.dataset(target).update("DELETE WHERE { GRAPH <urn:g> { ?s <urn:q> ?o } }")
                .execute());
    }

    @Test
    void patchesAppliedInOrderGiveTheWritersDataAndPosition() {
        for (int i = 0; i < patches.size(); i++) {
            assertThat(apply(i, i)).isEqualTo(PatchApplier.Outcome.APPLIED);
        }
        assertThat(Models.isomorphic(data(replica), data(writer))).isTrue();
        ReplicaPosition position = Txn.calculateRead(replica, () -> ReplicaPosition.read(replica.asDatasetGraph())
                .orElseThrow());
        assertThat(position.seq()).isEqualTo(3);
        assertThat(position.nextOffset()).isEqualTo(3);
    }

    @Test
    void aPatchReadAgainIsSkipped() {
        apply(0, 0);
        apply(1, 1);
        assertThat(apply(0, 0)).isEqualTo(PatchApplier.Outcome.ALREADY_APPLIED);
        assertThat(apply(2, 2)).isEqualTo(PatchApplier.Outcome.APPLIED);
        assertThat(Models.isomorphic(data(replica), data(writer))).isTrue();
    }

    @Test
    void aMissingPatchStopsReplicationAndChangesNothing() {
        apply(0, 0);
        assertThatThrownBy(() -> apply(2, 2)).isInstanceOf(ReplicationHalt.class)
                .hasMessageContaining("log entry 3").hasMessageContaining("applied up to 1");
        assertThat(Txn.calculateRead(replica, () -> ReplicaPosition.read(replica.asDatasetGraph()).orElseThrow()
                .seq())).isEqualTo(1);
    }

    @Test
    void aPatchFollowingAnotherHistoryStopsReplication() {
        apply(0, 0);
        // The writer's second patch as if it followed another first one: same seq, another prev.
        String other = new String(patches.get(1), StandardCharsets.UTF_8).replaceFirst("H prev <uuid:[^>]+>",
                "H prev <uuid:00000000-0000-0000-0000-000000000000>");
        assertThatThrownBy(() -> Txn.executeWrite(replica, () -> PatchApplier.apply(replica.asDatasetGraph(),
                replica.asDatasetGraph(), other.getBytes(StandardCharsets.UTF_8), 1)))
                .isInstanceOf(ReplicationHalt.class).hasMessageContaining("differs");
    }

    private PatchApplier.Outcome apply(int patch, long offset) {
        return Txn.calculateWrite(replica, () -> PatchApplier.apply(replica.asDatasetGraph(),
                replica.asDatasetGraph(), patches.get(patch), offset));
    }

    private void write(Consumer<DatasetGraph> action) {
        writer.begin(TxnType.WRITE);
        recorder.begin();
        try {
            action.accept(recorder.target());
            recorder.beforeCommit();
            writer.commit();
        } finally {
            writer.end();
            recorder.end();
        }
        long seq = patches.size() + 1;
        patches.add(Txn.calculateRead(writer, () -> ChangeLog.entry(writer.asDatasetGraph(), seq).orElseThrow()
                .patch().getBytes(StandardCharsets.UTF_8)));
    }

    /** The named graphs' quads, for RDF4J. */
    private static Model data(Dataset store) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Txn.executeRead(store, () -> RDFDataMgr.writeQuads(out, store.asDatasetGraph().findNG(Node.ANY, Node.ANY,
                Node.ANY, Node.ANY)));
        try {
            return Rio.parse(new ByteArrayInputStream(out.toByteArray()), "", org.eclipse.rdf4j.rio.RDFFormat.NQUADS);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
