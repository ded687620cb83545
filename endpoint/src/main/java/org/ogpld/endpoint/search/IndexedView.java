package org.ogpld.endpoint.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Jena's text-indexed dataset, with {@link #clear()} emptying the index too: Jena's passes a clear straight to the
 * store, past its change monitor, which would leave every deleted name findable.
 */
final class IndexedView extends DatasetGraphText {

    private final TextIndexLucene index;

    IndexedView(DatasetGraph store, TextIndexLucene index) {
        super(store, index, new IndexedChanges(index), false);
        this.index = index;
    }

    @Override
    public void clear() {
        super.clear();
        try {
            // Uncommitted like every other change: the store's commit or abort decides.
            index.getIndexWriter().deleteAll();
        } catch (IOException ex) {
            throw new UncheckedIOException("Cannot empty the text index", ex);
        }
    }
}
