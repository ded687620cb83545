package org.ogpld.endpoint.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.ogpld.endpoint.store.FolderTree;
import org.ogpld.endpoint.store.StoreBase;

/**
 * A bulk load into a store folder that is missing or empty, with TDB2's phased loader, the one
 * {@code tdb2.tdbloader} uses: the file is parsed on the calling thread while other threads turn statements into
 * node ids and build the indexes (on two cores about a quarter faster than TDB2's sequential loader). A new store
 * has no change log yet: the load is its snapshot, not a log entry ({@link InPlaceLoad} logs loads into data).
 *
 * <p>The phased loader commits each index on its own thread, so a failure part-way could leave indexes that
 * disagree. This load therefore builds the database in a subfolder of the store folder and moves it into place
 * (one rename, on the same file system even when the store folder is a mount point) only when every index is
 * complete. On any failure the subfolder is deleted and the store folder is left as it was.
 *
 * <p>A failure on one of the loader's own threads (a full disk) is only logged by Jena, and leaves the other threads
 * waiting for each other for ever. So the load runs in a thread group of its own and is watched: when every thread
 * of the group has been waiting for {@link #STALL}, the load has stalled and fails with the failure Jena logged
 * ({@link LoaderErrors}); so does a load after which such a failure is found logged. The stalled threads stay parked
 * until the JVM ends, which the command does at once.
 */
final class AsideLoad implements BulkLoad {

    /** How long every thread of a load may wait before the load counts as stalled. */
    private static final Duration STALL = Duration.ofSeconds(2);

    private static final long POLL_MILLIS = 50;
    private static final Set<Thread.State> WAITING = EnumSet.of(Thread.State.WAITING, Thread.State.TIMED_WAITING,
            Thread.State.BLOCKED);

    /** The subfolder of the store folder the database is built in. */
    private static final String BUILDING = "loading";

    private final Path store;

    AsideLoad(Path store) {
        this.store = store;
    }

    /**
     * Whether {@code store} is missing or an empty folder (but for what a killed load left in {@link #BUILDING}, and
     * the record of its base, {@link StoreBase#FILE}).
     */
    static boolean applies(Path store) throws IOException {
        if (!Files.exists(store)) {
            return true;
        }
        if (!Files.isDirectory(store)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(store)) {
            return entries.map(entry -> entry.getFileName().toString())
                    .allMatch(name -> name.equals(BUILDING) || name.equals(StoreBase.FILE));
        }
    }

    @Override
    public void run(Feed feed) throws IOException {
        boolean created = !Files.exists(store);
        Path building = Files.createDirectories(store).resolve(BUILDING);
        try {
            FolderTree.delete(building);
            build(building, feed);
            try (Stream<Path> parts = Files.list(building)) {
                for (Path part : parts.filter(Files::isDirectory).toList()) {
                    Files.move(part, store.resolve(part.getFileName()), StandardCopyOption.ATOMIC_MOVE);
                }
            }
            FolderTree.delete(building);
        } catch (IOException | RuntimeException e) {
            try {
                FolderTree.delete(building);
                if (created) {
                    Files.deleteIfExists(store);
                }
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    /** Runs the phased loader into {@code building} on a thread group of its own, and waits for it to end or stall. */
    private static void build(Path building, Feed feed) throws IOException {
        ThreadGroup group = new ThreadGroup("ogpld-load");
        AtomicReference<Throwable> failure = new AtomicReference<>();
        DatasetGraph dataset = DatabaseMgr.connectDatasetGraph(building.toString());
        Thread loading = new Thread(group, () -> {
            try {
                BulkLoad.feed(LoaderFactory.phasedLoader(dataset, QUIET), feed);
            } catch (IOException | RuntimeException | Error e) {
                failure.set(e);
            }
        }, "ogpld-load");
        try (LoaderErrors errors = LoaderErrors.capture()) {
            loading.start();
            boolean stalled = awaitQuiet(loading, group);
            Optional<Throwable> logged = errors.first();
            if (stalled || logged.isPresent()) {
                failure.compareAndSet(null, logged.<Throwable>map(cause -> new IOException(
                        "TDB2's loader stopped: " + cause.getMessage(), cause))
                        .orElseGet(() -> new IOException("TDB2's loader stopped: one of its threads failed")));
            }
        } finally {
            TDBInternal.expel(dataset);
        }
        rethrow(failure.get());
    }

    /**
     * Waits until {@code loading} has ended and the rest of {@code group} is idle (ended or waiting), or until every
     * thread of the group, {@code loading} included, has been waiting for {@link #STALL}; returns whether it stalled.
     */
    private static boolean awaitQuiet(Thread loading, ThreadGroup group) {
        long quietSince = -1;
        while (true) {
            boolean quiet = allWaiting(group);
            if (quiet && !loading.isAlive()) {
                return false;
            }
            long now = System.nanoTime();
            if (!quiet) {
                quietSince = -1;
            } else if (quietSince < 0) {
                quietSince = now;
            } else if (now - quietSince > STALL.toNanos()) {
                return true;
            }
            try {
                loading.join(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while loading", e);
            }
        }
    }

    private static boolean allWaiting(ThreadGroup group) {
        Thread[] threads = new Thread[group.activeCount() + 16];
        int count = group.enumerate(threads, true);
        return Arrays.stream(threads, 0, count).allMatch(t -> !t.isAlive() || WAITING.contains(t.getState()));
    }

    private static void rethrow(Throwable failure) throws IOException {
        if (failure == null) {
            return;
        }
        if (failure instanceof IOException io) {
            throw io;
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        throw (Error) failure;
    }
}
