package org.ogpld.bench.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ogpld.bench.process.Folders;
import org.ogpld.bench.process.Virtuoso;
import org.ogpld.bench.process.VirtuosoInstance;

/**
 * Bulk load with Virtuoso's own loader into a new database: a copy of an empty database (made once: creating one
 * takes Virtuoso 20–60 s of its own, which a user pays once), the server started on it, {@code ld_dir},
 * {@code rdf_loader_run}, {@code checkpoint}, and a clean shutdown. Timed whole, as the JVM loaders are with their
 * start-up, and the load statements alone.
 */
public final class VirtuosoLoad {

    private final Virtuoso virtuoso;
    private final long memoryBytes;
    private final Path work;

    /**
     * @param virtuoso    the installation
     * @param memoryBytes memory of the instance, as the JVMs' heap
     * @param work        the scale factor's folder (logs, the empty database)
     */
    public VirtuosoLoad(Virtuoso virtuoso, long memoryBytes, Path work) {
        this.virtuoso = virtuoso;
        this.memoryBytes = memoryBytes;
        this.work = work;
    }

    /**
     * A load by Virtuoso.
     *
     * @param seconds     start of the server on an empty database, load, checkpoint and shutdown
     * @param loadSeconds {@code ld_dir}, {@code rdf_loader_run} and {@code checkpoint} alone
     * @param peakMib     peak resident set of the server
     * @param quads       quads the database gained (duplicates count once)
     */
    public record Run(double seconds, double loadSeconds, double peakMib, long quads) {}

    /** Loads {@code data} into a new database in {@code database} (replaced), leaving it there, stopped. */
    public Run load(Path data, Path database) {
        Path empty = work.resolve("virtuoso-empty");
        if (!Files.exists(empty.resolve("virtuoso.db"))) {
            Folders.delete(empty);
            start(empty, data).close();
        }
        Folders.copy(empty, database);
        long t0 = System.nanoTime();
        VirtuosoInstance instance = start(database, data);
        try (instance) {
            long t1 = System.nanoTime();
            long quads = instance.bulkLoad(data);
            double loadSeconds = (System.nanoTime() - t1) / 1e9;
            double peak = instance.memory().hwmMib();
            instance.close();
            return new Run((System.nanoTime() - t0) / 1e9, loadSeconds, peak, quads);
        }
    }

    private VirtuosoInstance start(Path database, Path data) {
        return VirtuosoInstance.start(virtuoso, database, List.of(data.toAbsolutePath().getParent()), memoryBytes,
                work.resolve("logs/virtuoso-load.log"));
    }
}
