package org.ogpld.endpoint.search;

import org.apache.jena.query.Query;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.engine.Plan;
import org.apache.jena.sparql.engine.QueryEngineFactory;
import org.apache.jena.sparql.engine.QueryEngineRegistry;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.solver.QueryEngineTDB;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Runs patterns over the store's text-indexed write view (the {@code WHERE} of an update) with TDB2's own engine on
 * the storage behind it, as queries on the store itself run: Jena's general engine would not see the store's union
 * default graph ({@code tdb2:unionDefaultGraph}), which TDB2's engine reads from the context.
 */
final class TextViewEngine extends QueryEngineTDB {

    private static final QueryEngineFactory FACTORY = new QueryEngineFactory() {
        @Override
        public boolean accept(Query query, DatasetGraph dataset, Context context) {
            return storage(dataset) != null;
        }

        @Override
        public Plan create(Query query, DatasetGraph dataset, Binding input, Context context) {
            return new TextViewEngine(query, storage(dataset), input, context).getPlan();
        }

        @Override
        public boolean accept(Op op, DatasetGraph dataset, Context context) {
            return storage(dataset) != null;
        }

        @Override
        public Plan create(Op op, DatasetGraph dataset, Binding input, Context context) {
            return new TextViewEngine(op, storage(dataset), input, context).getPlan();
        }
    };

    private TextViewEngine(Query query, DatasetGraphTDB storage, Binding input, Context context) {
        super(query, storage, input, context);
    }

    private TextViewEngine(Op op, DatasetGraphTDB storage, Binding input, Context context) {
        super(op, storage, input, context);
    }

    /** Registers the engine (once). */
    static synchronized void install() {
        if (!QueryEngineRegistry.get().contains(FACTORY)) {
            QueryEngineRegistry.addFactory(FACTORY);
        }
    }

    /** The TDB2 storage behind the text view, also where the view is wrapped again (the change log's recorder). */
    private static DatasetGraphTDB storage(DatasetGraph dataset) {
        DatasetGraph view = dataset;
        while (!(view instanceof DatasetGraphText) && view instanceof DatasetGraphWrapper wrapper) {
            view = wrapper.getWrapped();
        }
        return view instanceof DatasetGraphText text && TDBInternal.isTDB2(text.monitored())
                ? TDBInternal.getDatasetGraphTDB(text.monitored()) : null;
    }
}
