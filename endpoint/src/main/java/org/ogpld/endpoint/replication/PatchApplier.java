package org.ogpld.endpoint.replication;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import org.apache.jena.graph.Node;
import org.apache.jena.rdfpatch.RDFPatch;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.rdfpatch.changes.RDFChangesApply;
import org.apache.jena.rdfpatch.changes.RDFChangesWrapper;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Applies one patch from the topic inside the caller's write transaction, and records the new
 * {@link ReplicaPosition} in the same transaction: a patch is applied once, in order, or not at all. A patch the
 * replica already holds (its {@code seq} header not past the position) is skipped; a patch that does not follow
 * the position (a gap, or a {@code prev} header naming another patch than the last applied) stops replication with
 * {@link ReplicationHalt}, since applying it would make the replica's data differ from the writer's.
 *
 * <pre>{@code writes.write(() -> PatchApplier.apply(store, writes.target(), patch, offset));}</pre>
 */
public final class PatchApplier {

    private PatchApplier() {
    }

    /** What became of a patch. */
    public enum Outcome { APPLIED, ALREADY_APPLIED }

    /**
     * Applies {@code patch}, read at topic {@code offset}, to {@code target} (the store as writes change it) and
     * records the position in {@code store} (the store itself), both in the current write transaction.
     */
    public static Outcome apply(DatasetGraph store, DatasetGraph target, byte[] patch, long offset) {
        RDFPatch read = RDFPatchOps.read(new ByteArrayInputStream(patch));
        ReplicaPosition position = ReplicaPosition.read(store).orElse(ReplicaPosition.START);
        long seq = seq(read, offset);
        if (seq <= position.seq()) {
            return Outcome.ALREADY_APPLIED;
        }
        if (seq != position.seq() + 1) {
            throw new ReplicationHalt("The topic's patch at offset " + offset + " is log entry " + seq
                    + ", but this replica has applied up to " + position.seq() + ": entries are missing (the "
                    + "topic's retention dropped them, or the snapshot is too old); start the replica again from a "
                    + "newer snapshot");
        }
        Node previous = read.getPrevious();
        if (position.id() != null && previous != null && !previous.equals(position.id())) {
            throw new ReplicationHalt("The topic's patch at offset " + offset + " (log entry " + seq + ") follows "
                    + previous + ", but this replica last applied " + position.id() + ": the writer's history "
                    + "differs from what this replica applied; start the replica again from a snapshot");
        }
        read.apply(new RDFChangesWrapper(new RDFChangesApply(target)) {
            // The caller's transaction holds the patch and its position: the patch's own TX ... TC are not used.
            @Override
            public void txnBegin() {
            }

            @Override
            public void txnCommit() {
            }

            @Override
            public void txnAbort() {
            }
        });
        Node time = read.getHeader("time");
        new ReplicaPosition(seq, read.getId(), offset + 1,
                time == null ? Instant.now() : Instant.parse(time.getLiteralLexicalForm())).write(store);
        return Outcome.APPLIED;
    }

    private static long seq(RDFPatch patch, long offset) {
        Node seq = patch.getHeader("seq");
        if (seq == null || !seq.isLiteral()) {
            throw new ReplicationHalt("The topic's patch at offset " + offset + " has no seq header: it was not "
                    + "written by an OGP-LD writer");
        }
        return Long.parseLong(seq.getLiteralLexicalForm());
    }
}
