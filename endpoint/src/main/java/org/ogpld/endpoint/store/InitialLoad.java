package org.ogpld.endpoint.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.ogpld.endpoint.OgpldProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Loads {@code ogpld.load} into the store when the store is empty, all files in one write transaction, before the
 * server accepts requests. Any bad file aborts the whole load and the start.
 */
@Component
class InitialLoad implements InitializingBean {

    private static final Logger LOG = LoggerFactory.getLogger(InitialLoad.class);

    private final Dataset dataset;
    private final List<Path> files;
    private final List<DatasetLoader> loaders;

    InitialLoad(Dataset dataset, OgpldProperties properties, List<DatasetLoader> loaders) {
        this.dataset = dataset;
        this.files = properties.load();
        this.loaders = loaders;
    }

    @Override
    public void afterPropertiesSet() {
        if (files.isEmpty()) {
            return;
        }
        boolean empty = Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().isEmpty());
        if (!empty) {
            LOG.info("Store already holds data: ogpld.load skipped");
            return;
        }
        files.forEach(InitialLoad::requireReadable);
        Txn.executeWrite(dataset, () -> files.forEach(file -> load(file, dataset.asDatasetGraph())));
        LOG.info("Loaded {} file(s) into the empty store", files.size());
    }

    private void load(Path file, DatasetGraph target) {
        DatasetLoader loader = loaders.stream().filter(l -> l.supports(file)).findFirst()
                .orElseThrow(() -> new StoreLoadException(file + ": no loader reads this kind of file", null));
        loader.load(file, target);
        LOG.info("Loaded {}", file);
    }

    private static void requireReadable(Path file) {
        if (!Files.isReadable(file)) {
            throw new StoreLoadException(file + ": file not found or not readable (ogpld.load)", null);
        }
    }
}
