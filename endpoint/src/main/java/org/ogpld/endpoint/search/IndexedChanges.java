package org.ogpld.endpoint.search;

import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.TextDocProducer;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.query.text.changes.TextQuadAction;

/**
 * Turns each statement added or deleted through the store's write view into a document added to or deleted from the
 * text index, never committing it: the store's transaction commits or aborts the index with the data (Jena's own
 * producer commits every change made outside its wrapper's {@code begin}, which the writes here never call).
 */
final class IndexedChanges implements TextDocProducer {

    private final TextIndex index;

    IndexedChanges(TextIndex index) {
        this.index = index;
    }

    @Override
    public void change(TextQuadAction action, Node g, Node s, Node p, Node o) {
        if (action != TextQuadAction.ADD && action != TextQuadAction.DELETE) {
            return;
        }
        Entity entity = TextQueryFuncs.entityFromQuad(index.getDocDef(), g, s, p, o);
        if (entity == null) {
            return;
        }
        if (action == TextQuadAction.ADD) {
            index.addEntity(entity);
        } else {
            index.deleteEntity(entity);
        }
    }

    @Override
    public void start() {
    }

    @Override
    public void finish() {
    }

    @Override
    public void reset() {
    }
}
