package org.ogpld.endpoint.store;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.dboe.transaction.txn.TransactionalComponent;
import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.StoreConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Replaces the TDB2 storage behind the served dataset with a fresh one opened from disk, as a restart would, after a
 * write failed in a way that leaves TDB2's memory unlike its files. A commit that fails in TDB2 5.6 (a full disk
 * while the journal is written) rolls the data back but keeps the single-writer permit, so every later write would
 * wait forever, and keeps the node cache's entries for the rolled-back nodes, whose ids later writes reuse, so a
 * write could be readable and yet gone after a restart. Reopening (TDB2's journal recovery included) discards all of
 * that; the dataset object every component holds stays the same ({@link DatasetGraphSwitchable}, as TDB2's
 * compaction switches storage).
 *
 * <p>Readers still running on the old storage get up to {@link #READERS_GRACE_MS} ms to finish; any left then
 * fail. Each reopening raises the {@link #epoch()}, part of {@link StoreGeneration}, so nothing derived from the
 * data before it is served after it.
 */
@Component
public class StoreReopening {

    private static final Logger LOG = LoggerFactory.getLogger(StoreReopening.class);
    static final long READERS_GRACE_MS = 5_000;

    private final Dataset dataset;
    private final AtomicLong epoch = new AtomicLong();
    /** Why the last reopening failed; null while the store is open. */
    private volatile String failure;

    public StoreReopening(Dataset dataset) {
        this.dataset = dataset;
    }

    /** How many times the store has been reopened since the start. */
    long epoch() {
        return epoch.get();
    }

    /** Why the store is not open, or null when it is. */
    String failure() {
        return failure;
    }

    /** Reopens the store from its folder; on failure records why, so that writes can refuse until it succeeds. */
    void reopen(Throwable cause) {
        reopen("after a failed write (" + cause + ")");
    }

    /** Tries again to open the store after a reopening failed; whether it is open now. */
    boolean retry() {
        reopen("again");
        return failure == null;
    }

    private synchronized void reopen(String why) {
        DatasetGraphSwitchable switchable = (DatasetGraphSwitchable) dataset.asDatasetGraph();
        DatasetGraphTDB old = (DatasetGraphTDB) switchable.get();
        Location location = old.getLocation();
        LOG.warn("Reopening the store {} {}", location.getDirectoryPath(), why);
        try {
            if (failure == null) {
                release(old);
            }
            // The join ordering (with its statistics) and the cache bounds follow the store too.
            DatasetGraphTDB fresh = StoreConnection.connectCreate(location, old.getStoreParams(),
                    old.getReorderTransform())
                    .getDatasetGraphTDB();
            fresh.getTxnSystem().getTxnMgr().takeOverFrom(old.getTxnSystem().getTxnMgr());
            // Components others added to the transactions (the text index) follow the store to its new storage.
            TransactionCoordinator freshCoordinator = fresh.getTxnSystem().getTxnMgr();
            List<TransactionalComponent> externals = old.getTxnSystem().getTxnMgr().listExternals();
            freshCoordinator.modifyConfig(() -> externals.forEach(freshCoordinator::addExternal));
            fresh.getContext().putAll(switchable.getContext());
            switchable.set(fresh);
            epoch.incrementAndGet();
            failure = null;
            LOG.warn("Store {} reopened", location.getDirectoryPath());
        } catch (RuntimeException | Error ex) {
            failure = ex.toString();
            LOG.error("The store {} could not be reopened: {}", location.getDirectoryPath(), failure);
        }
    }

    /** Waits a while for readers to finish, then closes the old storage whatever they do. */
    private static void release(DatasetGraphTDB old) {
        TransactionCoordinator coordinator = old.getTxnSystem().getTxnMgr();
        boolean exclusive = awaitExclusive(coordinator);
        try {
            StoreConnection.internalExpel(old.getLocation(), true);
        } finally {
            if (exclusive) {
                coordinator.finishExclusiveMode();
            }
        }
    }

    private static boolean awaitExclusive(TransactionCoordinator coordinator) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(READERS_GRACE_MS);
        while (!coordinator.tryExclusiveMode(false)) {
            if (System.nanoTime() > deadline) {
                LOG.warn("Readers still active after {} ms; closing the store under them", READERS_GRACE_MS);
                return false;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
