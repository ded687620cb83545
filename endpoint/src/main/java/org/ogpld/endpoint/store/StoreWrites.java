package org.ogpld.endpoint.store;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.jena.dboe.transaction.txn.TransactionException;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;
import org.ogpld.endpoint.EndpointException;
import org.ogpld.endpoint.OgpldProperties;
import org.ogpld.endpoint.changes.ChangeRecorder;
import org.ogpld.endpoint.server.ClientConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The one way requests write to the store: one write at a time, each in its own TDB2 write transaction, applied
 * wholly or not at all. A write waits for the one before it at most {@code ogpld.update.timeout}, then gets 503.
 * A write the disk cannot hold gets 507 and changes nothing; after any failure of the store itself (out of space,
 * a failed commit or abort) the store is reopened from disk ({@link StoreReopening}) before the next write, so
 * what readers see is what a restart would find, and writes succeed again as soon as there is space. A write whose
 * client has closed the connection by the time it would commit is aborted ({@link ClientConnection}). Each write
 * also appends its change log entry in its own transaction ({@link ChangeRecorder}), so it goes through
 * {@link #target()}.
 *
 * <pre>{@code Outcome outcome = writes.write(() -> { writes.target().add(quad); return Outcome.CREATED; });}</pre>
 */
@Component
public class StoreWrites {

    private static final Logger LOG = LoggerFactory.getLogger(StoreWrites.class);

    private final Dataset dataset;
    private final StoreReopening reopening;
    private final ChangeRecorder changes;
    private final Duration wait;
    private final String folder;
    private final Semaphore turn = new Semaphore(1, true);

    StoreWrites(Dataset dataset, StoreReopening reopening, ChangeRecorder changes, OgpldProperties properties) {
        this.dataset = dataset;
        this.changes = changes;
        this.reopening = reopening;
        this.wait = properties.update().timeout();
        this.folder = ((DatasetGraphSwitchable) dataset.asDatasetGraph()).getContainerPath().toAbsolutePath()
                .normalize().toString();
    }

    /** The store as a write action must change it: what it adds and deletes goes to the change log too. */
    public DatasetGraph target() {
        return changes.target();
    }

    /** Runs {@code action} in a write transaction and commits it; any exception aborts it and is rethrown. */
    public <T> T write(Supplier<T> action) {
        awaitTurn();
        try {
            if (reopening.failure() != null && !reopening.retry()) {
                throw unavailable();
            }
            if (ClientConnection.ofCurrentRequest().gone()) {
                throw abandoned();
            }
            return inTransaction(action);
        } finally {
            turn.release();
        }
    }

    /** As {@link #write(Supplier)}, for an action without a result. */
    public void write(Runnable action) {
        write(() -> {
            action.run();
            return null;
        });
    }

    private void awaitTurn() {
        try {
            if (turn.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                return;
            }
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, "5");
        throw new EndpointException(HttpStatus.SERVICE_UNAVAILABLE, "Another write held the store for longer than "
                + wait.toSeconds() + " s (ogpld.update.timeout); nothing was changed", headers, null);
    }

    private <T> T inTransaction(Supplier<T> action) {
        dataset.begin(TxnType.WRITE);
        changes.begin();
        try {
            return recorded(action);
        } finally {
            changes.end();
        }
    }

    private <T> T recorded(Supplier<T> action) {
        T result;
        try {
            result = action.get();
            changes.beforeCommit();
        } catch (RuntimeException ex) {
            abort(ex);
            throw outOfSpace(ex, true).orElse(ex);
        } catch (Error ex) {
            abort(ex);
            throw outOfSpace(ex, true).orElseThrow(() -> ex);
        }
        if (ClientConnection.ofCurrentRequest().gone()) {
            EndpointException abandoned = abandoned();
            abort(abandoned);
            throw abandoned;
        }
        try {
            changes.publish();
        } catch (RuntimeException ex) {
            abort(ex);
            throw ex;
        }
        try {
            dataset.commit();
        } catch (RuntimeException | Error ex) {
            // Failing in its prepare step, the transaction is still open; failing at its commit point, TDB2 rolled it
            // back itself (and says so); past that point, its journal holds it and reopening applies it.
            boolean rolledBack = dataset.isInTransaction() ? abortQuietly(ex) : rolledBack(ex);
            reopening.reopen(ex);
            throw outOfSpace(ex, rolledBack).orElseGet(() -> failed(ex, rolledBack));
        }
        dataset.end();
        return result;
    }

    private boolean abortQuietly(Throwable failure) {
        try {
            dataset.abort();
            dataset.end();
            return true;
        } catch (RuntimeException | Error ex) {
            failure.addSuppressed(ex);
            return false;
        }
    }

    /** A write whose client closed the connection is not committed: nobody could learn that it was. */
    private static EndpointException abandoned() {
        LOG.info("A write was abandoned: its client closed the connection before it could be committed");
        return new EndpointException(HttpStatus.REQUEST_TIMEOUT, "The client closed the connection before the write "
                + "was committed; nothing was changed", new HttpHeaders(), null);
    }

    /** Aborts after a failed action; reopens the store when the failure or the abort came from the store itself. */
    private void abort(Throwable failure) {
        if (!abortQuietly(failure) || OutOfSpace.reason(failure).isPresent()) {
            reopening.reopen(failure);
        }
    }

    /** TDB2 says so when a failing commit was rolled back before its commit point. */
    private static boolean rolledBack(Throwable commitFailure) {
        return commitFailure instanceof TransactionException
                && String.valueOf(commitFailure.getMessage()).contains("transaction rollback");
    }

    /** 507 when {@code failure} is the disk (or a quota, or a file-size limit) refusing the store more space. */
    private Optional<RuntimeException> outOfSpace(Throwable failure, boolean rolledBack) {
        return OutOfSpace.reason(failure).map(reason -> {
            // The folder is named in the log only: clients need not learn the server's file system.
            LOG.error("Out of space in the store folder {} ({})", folder, reason);
            return new EndpointException(HttpStatus.INSUFFICIENT_STORAGE, "Out of space: the store folder cannot "
                    + "grow (" + reason + "); " + outcome(rolledBack), new HttpHeaders(), failure);
        });
    }

    private static EndpointException failed(Throwable failure, boolean rolledBack) {
        return new EndpointException(HttpStatus.INTERNAL_SERVER_ERROR, "The store failed to commit the write ("
                + failure.getMessage() + "); " + outcome(rolledBack), new HttpHeaders(), failure);
    }

    /** After a commit failed past its commit point, TDB2's journal recovery (on reopening) applies it whole. */
    private static String outcome(boolean rolledBack) {
        return rolledBack ? "nothing was changed" : "the write is in the store wholly or not at all";
    }

    private EndpointException unavailable() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, "30");
        LOG.error("The store folder {} could not be reopened after a failed write", folder, reopening.failure());
        return new EndpointException(HttpStatus.SERVICE_UNAVAILABLE, "The store could not be reopened after a failed "
                + "write; writes are refused until it can be (free space in its folder); nothing was changed", headers,
                null);
    }
}
