package org.ogpld.endpoint.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ogpld.endpoint.OgpldProperties;

/**
 * Where the TDB2 store lives: the configured folder ({@code ogpld.store.location}), or for
 * {@code ogpld.store.in-memory} a scratch folder under the system's temporary directory, removed when the
 * application stops.
 *
 * <p>A scratch store is a TDB2 database on disk, deliberately not Jena's in-memory TDB2
 * ({@code TDB2Factory.createDataset()}). That one keeps its B+tree blocks in storage Jena marks as meant for
 * testing ({@code BlockAccessMem} behind a three-block shared cache), and in Jena 5.6.0 a write transaction running
 * beside read transactions can commit a damaged index there: after such a commit, a range scan of the GPOS index
 * misses triples that a full scan of it and the other five indexes hold, so readers see a graph as empty or partial.
 * Our {@code ConcurrencyIT} caught it; a plain Jena program (one writer, eight readers) reproduced it in 8 of 9 runs
 * in memory, in none on disk, and never without concurrent readers. No Jena issue reports it yet. The price is a
 * synced commit (milliseconds to tens of milliseconds, by disk) instead of a memory copy.
 *
 * @param folder the TDB2 folder
 * @param scratch whether the folder is ours to remove when the store is released
 */
record StoreLocation(Path folder, boolean scratch) {

    /** The configured folder, or a fresh scratch folder for an in-memory store. */
    static StoreLocation of(OgpldProperties.Store store) {
        if (!store.inMemory()) {
            return new StoreLocation(store.location(), false);
        }
        try {
            return new StoreLocation(Files.createTempDirectory("ogpld-store-"), true);
        } catch (IOException ex) {
            throw new UncheckedIOException("Cannot create a scratch folder for the in-memory store "
                    + "(ogpld.store.in-memory) under " + System.getProperty("java.io.tmpdir"), ex);
        }
    }

    /** Deletes a scratch folder with everything in it; a configured folder is left alone. */
    void removeScratch() {
        if (!scratch) {
            return;
        }
        try {
            FolderTree.delete(folder);
        } catch (IOException ex) {
            throw new UncheckedIOException("Cannot remove the in-memory store's scratch folder " + folder, ex);
        }
    }
}
