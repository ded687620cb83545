package org.ogpld.endpoint.changes;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.ogpld.endpoint.OgpldProperties;
import org.ogpld.endpoint.search.StoreTextIndex;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Records what each write transaction changes and appends it to the {@link ChangeLog} before the transaction
 * commits, so the store and its log always agree. The one hook of the write path ({@code StoreWrites}):
 *
 * <pre>{@code
 * recorder.begin();                 // after dataset.begin(WRITE)
 * action.run(recorder.target());    // writes through the recording view
 * recorder.beforeCommit();          // appends the entry in the same transaction
 * recorder.publish();               // the commit hooks (replication), last before the commit
 * dataset.commit();
 * recorder.end();                   // always
 * }</pre>
 *
 * After appending, it compacts the log as {@code ogpld.log.retain-*} say ({@link LogCompaction}), in the same
 * transaction.
 */
@Component
public class ChangeRecorder {

    /** The request attribute naming who is writing (set by the write guard; never a secret). */
    public static final String WRITER = RequestWriter.ATTRIBUTE;

    private final Dataset dataset;
    private final RecordingDatasetGraph target;
    private final String resources;
    private final LogProperties log;
    private final int pageSize;
    private final Supplier<String> writer;
    private final List<CommitHook> hooks;
    private Changes changes;
    private LogEntry entry;

    /** A recorder whose log is on, for data under {@code base}, as tests and tools use it. */
    public ChangeRecorder(Dataset dataset, String base) {
        this(dataset, base, new LogProperties(true, 0, Duration.ZERO), FeedProperties.DEFAULT_PAGE_SIZE);
    }

    /** The server's recorder: writes go on through the store's text index, so that search follows them too. */
    @Autowired
    ChangeRecorder(Dataset dataset, StoreTextIndex text, OgpldProperties properties, LogProperties log,
            FeedProperties feed, List<CommitHook> hooks) {
        this(dataset, text.writeView(), properties.base(), log, feed.pageSize(), RequestWriter::current, hooks);
    }

    /** A recorder whose log is on and compacted after each write as {@code log} says, as tests and tools use it. */
    public ChangeRecorder(Dataset dataset, String base, LogProperties log, int pageSize) {
        this(dataset, dataset.asDatasetGraph(), base, log, pageSize, () -> "", List.of());
    }

    private ChangeRecorder(Dataset dataset, DatasetGraph writes, String base, LogProperties log, int pageSize,
            Supplier<String> writer, List<CommitHook> hooks) {
        this.dataset = dataset;
        this.target = new RecordingDatasetGraph(writes);
        this.resources = base + "id/";
        this.log = log;
        this.pageSize = pageSize;
        this.writer = writer;
        this.hooks = List.copyOf(hooks);
    }

    /** The store as writes must use it, inside {@link #begin()} ... {@link #end()}. */
    public DatasetGraph target() {
        return target;
    }

    /** Starts recording the write transaction the calling thread has just begun. */
    public void begin() {
        changes = new Changes();
        target.recordInto(changes);
    }

    /** Appends the transaction's entry to the log, if it changed anything; the caller then commits. */
    public void beforeCommit() {
        if (!log.enabled() || changes.isEmpty()) {
            return;
        }
        DatasetGraph store = dataset.asDatasetGraph();
        entry = ChangeLog.append(store, changes, writer.get(), dataVersion(store), this::kind, pageSize);
        // In the same transaction: the log never holds more than its policy, and a crash keeps both or neither.
        LogCompaction.compact(store, log, pageSize, entry.time());
    }

    /** Tells the commit hooks of the transaction's entry, if it made one; a hook's exception aborts the write. */
    public void publish() {
        if (entry != null) {
            hooks.forEach(hook -> hook.beforeCommit(entry));
        }
    }

    /** TDB2's data version inside the write transaction; -1 when the store is wrapped so TDB2 cannot be reached. */
    private static long dataVersion(DatasetGraph store) {
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(store);
        return tdb == null ? -1 : tdb.getTxnSystem().getThreadTransaction().getDataVersion();
    }

    /** Stops recording (after a commit or an abort). */
    public void end() {
        target.recordInto(null);
        changes = null;
        entry = null;
    }

    /** The kind of a data resource ({@code {base}id/{kind}/...}), or {@code null} for any other IRI. */
    String kind(Node resource) {
        String iri = resource.getURI();
        if (!iri.startsWith(resources)) {
            return null;
        }
        int slash = iri.indexOf('/', resources.length());
        return slash > resources.length() ? iri.substring(resources.length(), slash) : null;
    }
}
