package org.ogpld.endpoint.store;

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
 * server accepts requests. Any bad file aborts the whole load and the start; a missing {@code optional:} file is
 * skipped with a warning.
 */
@Component
class InitialLoad implements InitializingBean {

    private static final Logger LOG = LoggerFactory.getLogger(InitialLoad.class);

    private final Dataset dataset;
    private final List<LoadSource> sources;
    private final List<DatasetLoader> loaders;

    InitialLoad(Dataset dataset, OgpldProperties properties, List<DatasetLoader> loaders) {
        this.dataset = dataset;
        this.sources = properties.load().stream().filter(entry -> !entry.isBlank()).map(LoadSource::of).toList();
        this.loaders = loaders;
    }

    @Override
    public void afterPropertiesSet() {
        List<LoadSource> present = sources.stream().filter(InitialLoad::presentOrRequired).toList();
        if (present.isEmpty()) {
            return;
        }
        boolean empty = Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().isEmpty());
        if (!empty) {
            LOG.info("Store already holds data: ogpld.load skipped");
            return;
        }
        Txn.executeWrite(dataset, () -> present.forEach(source -> load(source, dataset.asDatasetGraph())));
        LOG.info("Loaded {} file(s) into the empty store", present.size());
    }

    private void load(LoadSource source, DatasetGraph target) {
        DatasetLoader loader = loaders.stream().filter(l -> l.supports(source)).findFirst()
                .orElseThrow(() -> new StoreLoadException(source + ": no loader reads this kind of file", null));
        loader.load(source, target);
        LOG.info("Loaded {}", source);
    }

    private static boolean presentOrRequired(LoadSource source) {
        if (source.resource().isReadable()) {
            return true;
        }
        if (source.optional()) {
            LOG.warn("Skipped {}: optional file not found", source);
            return false;
        }
        throw new StoreLoadException(source + ": file not found or not readable (ogpld.load)", null);
    }
}
