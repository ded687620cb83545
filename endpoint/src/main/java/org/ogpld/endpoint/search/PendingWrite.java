package org.ogpld.endpoint.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.apache.jena.dboe.transaction.txn.ComponentId;
import org.apache.jena.dboe.transaction.txn.TransactionalComponentExternal;
import org.apache.jena.dboe.transaction.txn.TxnId;
import org.apache.jena.query.ReadWrite;

/**
 * A marker file that exists while a write transaction is between its prepare step and the end of its commit: in that
 * window TDB2's journal may hold the write while Lucene has not yet committed it (Lucene's half of the commit
 * cannot be replayed by TDB2's recovery). A process killed there leaves the marker; the next start finds it and
 * rebuilds the index from the store, so the two agree again. Registered on the store's transaction coordinator
 * beside Jena's text index component, so every write transaction passes through it, whoever makes it.
 */
final class PendingWrite extends TransactionalComponentExternal<Object> {

    private static final byte[] ID = {'o', 'g', 'p', 'x'};
    private final Path marker;

    PendingWrite(Path marker) {
        super(ComponentId.create(null, ID));
        this.marker = marker;
    }

    /** Whether a write was cut between its prepare step and the end of its commit. */
    boolean left() {
        return Files.exists(marker);
    }

    void clear() {
        try {
            Files.deleteIfExists(marker);
        } catch (IOException ex) {
            throw new UncheckedIOException("Cannot remove the text index's marker " + marker, ex);
        }
    }

    @Override
    protected Object _begin(ReadWrite readWrite, TxnId txnId) {
        return Boolean.TRUE;
    }

    @Override
    protected ByteBuffer _commitPrepare(TxnId txnId, Object state) {
        if (!isWriteTxn()) {
            return null;
        }
        try {
            Files.write(marker, new byte[0], StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.SYNC);
        } catch (IOException ex) {
            throw new UncheckedIOException("Cannot write the text index's marker " + marker, ex);
        }
        return null;
    }

    @Override
    protected void _commitEnd(TxnId txnId, Object state) {
        if (isWriteTxn()) {
            clear();
        }
    }

    @Override
    protected void _abort(TxnId txnId, Object state) {
        if (isWriteTxn()) {
            clear();
        }
    }
}
