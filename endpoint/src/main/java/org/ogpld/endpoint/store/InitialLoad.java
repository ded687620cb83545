package org.ogpld.endpoint.store;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.ogpld.endpoint.OgpldProperties;
import org.ogpld.model.Iris;
import org.ogpld.model.io.InputKind;
import org.ogpld.model.rdf.IdentityEvidence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Loads {@code ogpld.load} into the store when the store is empty, all files in one write transaction, before the
 * server accepts requests; with a publication or spreadsheet among them (what the model maps, whose codes the
 * vocabulary defines), the vocabulary and code lists go in too, in their own graph ({@link VocabularyGraph}), while
 * RDF files alone are loaded as given. Any bad file aborts the whole load and the start; a missing {@code optional:} file is skipped with a warning. Each file
 * is read aside first: one that would add to a graph an earlier file filled, or give a resource an earlier file
 * described conflicting identity evidence ({@link IdentityEvidence}), stops the start with both named, rather than
 * merge two sources or two things.
 */
@Component
// A read replica's data comes from the writer only (its snapshot and its topic).
@ConditionalOnProperty(name = "ogpld.replication.replica", havingValue = "false", matchIfMissing = true)
class InitialLoad implements InitializingBean {

    private static final Logger LOG = LoggerFactory.getLogger(InitialLoad.class);

    private final Dataset dataset;
    private final StoreWrites writes;
    private final List<LoadSource> sources;
    private final List<DatasetLoader> loaders;
    private final Iris iris;

    InitialLoad(Dataset dataset, StoreWrites writes, OgpldProperties properties, List<DatasetLoader> loaders) {
        this.dataset = dataset;
        this.writes = writes;
        this.iris = new Iris(properties.base());
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
        // Through the store's writes, so that the load is the change log's first entry and in the text index.
        boolean publications = writes.write(() -> {
            DatasetGraph target = writes.target();
            boolean mapped = false;
            for (LoadSource source : present) {
                load(source, target);
                mapped |= mapped(source);
            }
            if (mapped) {
                VocabularyGraph.addTo(target, iris.base());
            }
            return mapped;
        });
        LOG.info("Loaded {} file(s) into the empty store{}", present.size(),
                publications ? ", with the vocabulary graph" : "");
    }

    /** Whether the source is mapped onto the vocabulary (a publication, a sheet, Popolo), not RDF taken as it is. */
    private static boolean mapped(LoadSource source) {
        try {
            return InputKind.of(source.input()) != InputKind.RDF;
        } catch (IOException ex) {
            throw new StoreLoadException(source + ": " + ex.getMessage(), ex);
        }
    }

    /** Loads one source into {@code target}. */
    private void load(LoadSource source, DatasetGraph target) {
        DatasetLoader loader = loaders.stream().filter(l -> l.supports(source)).findFirst()
                .orElseThrow(() -> new StoreLoadException(source + ": no loader reads this kind of file", null));
        DatasetGraph aside = DatasetGraphFactory.createTxnMem();
        loader.load(source, aside);
        for (Node graph : Iter.toList(aside.listGraphNodes())) {
            if (!target.getGraph(graph).isEmpty()) {
                throw new StoreLoadException(source + ": its graph <" + graph.getURI() + "> is already filled by an"
                        + " earlier file of ogpld.load; two sources, one graph", null);
            }
            List<IdentityEvidence.Conflict> conflicts = IdentityEvidence.conflicts(iris, graph,
                    aside.getGraph(graph), target);
            if (!conflicts.isEmpty()) {
                throw new StoreLoadException(conflicts.stream().map(c -> c.describe(source.toString()))
                        .collect(Collectors.joining("\n  ", source + ": resources would merge with different "
                                + "things:\n  ", "")), null);
            }
        }
        aside.find().forEachRemaining(target::add);
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
