package org.ogpld.endpoint.search;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The store's text index, kept in the store's transactions. Writes go through {@link #writeView()}, which passes
 * each statement to the store and, for an indexed property, a document to the index; Jena's text component on the
 * store's TDB2 transaction coordinator prepares and commits Lucene with TDB2's commit, and rolls it back with an
 * abort. A {@link PendingWrite} marker covers the one window TDB2's recovery cannot (killed between the two
 * commits): the index is rebuilt at the next start, as it is when it is missing or empty beside a store with data.
 * {@code text:query} works in SPARQL on the store (the index is in the store's context), as in Fuseki.
 */
@Component
public class StoreTextIndex implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(StoreTextIndex.class);

    private final TextIndexLucene index;
    private final IndexedView view;

    StoreTextIndex(Dataset dataset) {
        DatasetGraph store = dataset.asDatasetGraph();
        Path folder = ((DatasetGraphSwitchable) store).getContainerPath();
        boolean existed = Files.isDirectory(folder.resolve(TextIndexes.FOLDER));
        this.index = TextIndexes.open(folder);
        try {
            PendingWrite pending = new PendingWrite(folder.resolve(TextIndexes.STALE_MARKER));
            // Registers Jena's text component (prepare, commit, abort with TDB2's) on the store's coordinator.
            this.view = new IndexedView(store, index);
            TransactionCoordinator coordinator = TDBInternal.getTransactionCoordinator(store);
            coordinator.modifyConfig(() -> coordinator.addExternal(pending));
            dataset.getContext().set(TextQuery.textIndex, index);
            TextViewEngine.install();
            rebuildIfNeeded(dataset, existed, pending);
        } catch (RuntimeException ex) {
            // Spring does not destroy a bean whose constructor failed: release Lucene's lock here.
            index.close();
            throw ex;
        }
    }

    private void rebuildIfNeeded(Dataset dataset, boolean existed, PendingWrite pending) {
        boolean storeEmpty = Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().isEmpty());
        String why = pending.left() ? "a write was cut before the index committed it"
                : !existed && !storeEmpty ? "the store has no text index yet"
                : TextIndexes.isEmpty(index) && !storeEmpty ? "the text index is empty" : null;
        if (why == null) {
            return;
        }
        long started = System.nanoTime();
        long documents = Txn.calculateRead(dataset, () -> TextIndexes.rebuild(dataset.asDatasetGraph(), index));
        pending.clear();
        LOG.info("Text index rebuilt ({}): {} documents in {} ms", why, documents,
                (System.nanoTime() - started) / 1_000_000);
    }

    /** The store as writers must change it, so that the text index follows; use inside a write transaction. */
    public DatasetGraph writeView() {
        return view;
    }

    /** The Lucene index. */
    public TextIndexLucene index() {
        return index;
    }

    @Override
    public void destroy() {
        index.close();
    }
}
