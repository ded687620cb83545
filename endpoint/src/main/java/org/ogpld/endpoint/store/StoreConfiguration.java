package org.ogpld.endpoint.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ARQ;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.ogpld.endpoint.OgpldProperties;
import org.ogpld.model.publish.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Opens the TDB2 dataset the endpoint serves, and releases it when the application stops. */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(StoreConfiguration.class);

    /**
     * Opens the store: the configured folder, or a scratch folder for an in-memory store (see {@link StoreLocation}
     * for why), and checks it is under {@code ogpld.base} ({@link StoreBase}). Closing it (when the context closes,
     * also after a failed start) releases the store.
     */
    @Bean
    OpenStore openStore(OgpldProperties properties, LiveReorder reorder, StoreCacheProperties cache) {
        StoreLocation location = StoreLocation.of(properties.store());
        Dataset dataset;
        try {
            dataset = openFolder(location.folder(), reorder, cache);
        } catch (RuntimeException ex) {
            location.removeScratch();
            throw ex;
        }
        try {
            StoreBase.check(location.folder(), dataset.asDatasetGraph(), properties.base());
        } catch (RuntimeException ex) {
            new OpenStore(dataset, location).close();
            throw ex;
        }
        if (location.scratch()) {
            LOG.info("Store: in-memory (ogpld.store.in-memory), TDB2 in the scratch folder {}, removed on stop",
                    location.folder());
        } else {
            LOG.info("Store: TDB2 at {}", location.folder().toAbsolutePath().normalize());
        }
        // The default graph is the union of the named graphs, for queries and for update WHERE clauses.
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        // SERVICE is refused at run time too, whatever slips past the syntax check.
        dataset.getContext().set(ARQ.httpServiceAllowed, properties.query().allowService());
        return new OpenStore(dataset, location);
    }

    /** The dataset every component uses; {@link OpenStore} closes it, after them. */
    @Bean(destroyMethod = "")
    Dataset dataset(OpenStore store) {
        return store.dataset();
    }

    private static Dataset openFolder(Path folder, LiveReorder reorder, StoreCacheProperties cache) {
        try {
            Files.createDirectories(folder);
        } catch (IOException | SecurityException ex) {
            throw new StoreFolderException(folder, "it cannot be created (" + ex + ")", ex);
        }
        if (!Files.isDirectory(folder) || !Files.isWritable(folder)) {
            throw new StoreFolderException(folder, "it is not a writable folder", null);
        }
        Optional<Long> holder = StoreLock.holder(folder);
        if (holder.isPresent()) {
            throw new StoreFolderException.InUse(folder, holder.get());
        }
        try {
            // Join ordering that statistics can replace while the store is open (OptimizerStatistics).
            // Node caches bounded for a long-running server (StoreCacheProperties).
            return LiveReorder.opening(reorder, () -> DatasetFactory.wrap(
                    DatabaseMgr.connectDatasetGraph(folder.toString(), cache.storeParams())));
        } catch (RuntimeException ex) {
            throw new StoreFolderException(folder, "TDB2 cannot open it (" + ex.getMessage() + ")", ex);
        }
    }

    /** The model's publisher, minting IRIs under {@code ogpld.base}; loaders and writers share it. */
    @Bean
    Publisher publisher(OgpldProperties properties) {
        return Publisher.builder().base(properties.base()).build();
    }

    /**
     * The opened store. Closing it lets the same folder be opened again (a restart in the same JVM) and removes an
     * in-memory store's scratch folder.
     */
    record OpenStore(Dataset dataset, StoreLocation location) implements AutoCloseable {
        @Override
        public void close() {
            TDBInternal.expel(dataset.asDatasetGraph());
            location.removeScratch();
        }
    }
}
