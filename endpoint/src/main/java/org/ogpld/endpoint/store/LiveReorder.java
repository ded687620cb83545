package org.ogpld.endpoint.store;

import java.util.Objects;
import java.util.function.Supplier;
import org.apache.jena.sparql.core.BasicPattern;
import org.apache.jena.sparql.engine.optimizer.reorder.ReorderLib;
import org.apache.jena.sparql.engine.optimizer.reorder.ReorderProc;
import org.apache.jena.sparql.engine.optimizer.reorder.ReorderTransformation;
import org.apache.jena.tdb2.sys.SystemTDB;
import org.springframework.stereotype.Component;

/**
 * The join ordering of one store, replaceable while the store is open: TDB2 fixes a store's ordering when it opens
 * it (from a {@code stats.opt} file in its storage folder, else its fixed heuristic), so the store is opened with
 * this one, which starts as the fixed heuristic and takes statistics as they are computed
 * ({@link OptimizerStatistics}). The ordering only chooses the order of triple patterns, never what they match.
 */
@Component
class LiveReorder implements ReorderTransformation {

    private static final Object OPENING = new Object();

    private volatile ReorderTransformation current = ReorderLib.fixed();

    /**
     * Runs {@code open}, which opens a TDB2 store, so that the store takes {@code reorder} as its ordering: TDB2
     * gives a store without a {@code stats.opt} file the JVM-wide default, which is set only while it opens.
     */
    static <T> T opening(LiveReorder reorder, Supplier<T> open) {
        synchronized (OPENING) {
            ReorderTransformation before = SystemTDB.getDefaultReorderTransform();
            SystemTDB.setDefaultReorderTransform(reorder);
            try {
                return open.get();
            } finally {
                SystemTDB.setDefaultReorderTransform(before);
            }
        }
    }

    /** Orders patterns with {@code next} from now on. */
    void use(ReorderTransformation next) {
        current = Objects.requireNonNull(next, "next");
    }

    @Override
    public BasicPattern reorder(BasicPattern pattern) {
        return current.reorder(pattern);
    }

    @Override
    public ReorderProc reorderIndexes(BasicPattern pattern) {
        return current.reorderIndexes(pattern);
    }
}
