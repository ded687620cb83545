package org.ogpld.endpoint.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;

/** How {@code ogpld load} writes a stream of statements into a TDB2 store folder: all of them, or none. */
interface BulkLoad {

    /** TDB2's loaders report progress through one of these; the command draws its own progress bar instead. */
    MonitorOutput QUIET = (format, arguments) -> { };

    /** What to load: writes every statement into {@code destination}. */
    @FunctionalInterface
    interface Feed {
        void into(StreamRDF destination) throws IOException;
    }

    /** Loads all that {@code feed} writes, or, when it or the store fails, nothing. */
    void run(Feed feed) throws IOException;

    /** Runs {@code loader} over all that {@code feed} writes; on a failure it lets the loader know, and rethrows. */
    static void feed(DataLoader loader, Feed feed) throws IOException {
        loader.startBulk();
        try {
            StreamRDF destination = loader.stream();
            destination.start();
            feed.into(destination);
            destination.finish();
            loader.finishBulk();
        } catch (RuntimeException | IOException e) {
            loader.finishException(e);
            throw e;
        }
    }

    /**
     * The load that suits {@code store}, all or nothing: built aside by the fastest loader when it is missing or
     * empty; into the data already there through its change log otherwise ({@code base} names its resources).
     */
    static BulkLoad into(Path store, String base) throws IOException {
        return AsideLoad.applies(store) ? new AsideLoad(store) : new InPlaceLoad(store, base);
    }
}
