package org.ogpld.endpoint.changes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * Drops the log's oldest entries and the stream members they produced, as {@link LogProperties} says (by count,
 * age and size), inside the caller's write transaction; what they changed stays in the store itself, the stream's
 * snapshot ({@code /dump}).
 * The newest entry is always kept (the next entry's patch names it as {@code prev}). Members of the whole stream go
 * in whole pages only, so that the page a snapshot names is never cut; a kind's stream loses the same members,
 * and a page of it that lost some is gone whole ({@link FeedPages#gone}): no page is ever served shorter.
 */
public final class LogCompaction {

    private static final Node LOG = Quad.defaultGraphIRI;

    private LogCompaction() {
    }

    /**
     * What one compaction dropped.
     *
     * @param entries how many log entries
     * @param members how many members of the whole stream
     */
    public record Compacted(long entries, long members) {
    }

    /** Drops what {@code policy} no longer keeps at {@code now}, pages being {@code pageSize} members. */
    public static Compacted compact(DatasetGraph store, LogProperties policy, int pageSize, Instant now) {
        if (policy.keepsEverything()) {
            return new Compacted(0, 0);
        }
        ChangeLog.Head head = ChangeLog.head(store);
        ChangeLog.Retained kept = ChangeLog.retained(store);
        long keepFrom = Math.min(head.last(), firstKept(store, policy, head, kept, now));
        if (keepFrom <= kept.firstEntry()) {
            return new Compacted(0, 0);
        }
        // Back to a page boundary of the whole stream, so that the snapshot's page ({@code FeedSnapshot}) is whole.
        long cut = ChangeLog.entry(store, keepFrom).orElseThrow().firstMember() / pageSize * pageSize;
        long firstEntry = kept.firstEntry();
        long size = ChangeLog.keptSize(store, head);
        while (firstEntry < keepFrom) {
            LogEntry entry = ChangeLog.entry(store, firstEntry).orElseThrow();
            if (entry.firstMember() + entry.memberCount() > cut) {
                break;
            }
            size -= ChangeLog.size(store, firstEntry);
            store.deleteAny(LOG, LogTerms.entry(firstEntry), Node.ANY, Node.ANY);
            firstEntry++;
        }
        ChangeLog.set(store, LogTerms.HEAD, LogTerms.size, ChangeLog.number(size));
        long firstMember = Math.max(cut, kept.firstMember());
        for (long i = kept.firstMember(); i < firstMember; i++) {
            store.deleteAny(LOG, LogTerms.member(i), Node.ANY, Node.ANY);
        }
        for (String kind : kinds(store)) {
            long from = ChangeLog.kindFirst(store, kind);
            long to = kindBelow(store, kind, firstMember);
            for (long i = from; i < to; i++) {
                store.deleteAny(LOG, LogTerms.kindMember(kind, i), Node.ANY, Node.ANY);
            }
            ChangeLog.set(store, LogTerms.kind(kind), LogTerms.first, ChangeLog.number(to));
        }
        ChangeLog.set(store, LogTerms.HEAD, LogTerms.first, ChangeLog.number(firstEntry));
        ChangeLog.set(store, LogTerms.HEAD, LogTerms.firstKept, ChangeLog.number(firstMember));
        return new Compacted(firstEntry - kept.firstEntry(), firstMember - kept.firstMember());
    }

    /**
     * The first entry the policy keeps: the newest {@code retainEntries}, none older than {@code retainAge}, and no
     * more of the newest than fit in {@code retainSize}.
     */
    private static long firstKept(DatasetGraph store, LogProperties policy, ChangeLog.Head head,
            ChangeLog.Retained kept, Instant now) {
        long first = kept.firstEntry();
        if (policy.retainEntries() > 0) {
            first = Math.max(first, head.last() - policy.retainEntries() + 1);
        }
        if (!policy.retainAge().isZero()) {
            Instant oldest = now.minus(policy.retainAge());
            while (first <= head.last()
                    && ChangeLog.entry(store, first).orElseThrow().time().isBefore(oldest)) {
                first++;
            }
        }
        long limit = policy.retainSize().toBytes();
        if (limit > 0) {
            long size = ChangeLog.keptSize(store, head);
            for (long seq = kept.firstEntry(); seq < first; seq++) {
                size -= ChangeLog.size(store, seq);
            }
            while (first < head.last() && size > limit) {
                size -= ChangeLog.size(store, first);
                first++;
            }
        }
        return first;
    }

    /** How many members of {@code kind}'s stream are members of the whole stream before {@code member}. */
    private static long kindBelow(DatasetGraph store, String kind, long member) {
        long low = ChangeLog.kindFirst(store, kind);
        long high = ChangeLog.kindMembers(store, kind);
        while (low < high) {
            long middle = (low + high) >>> 1;
            if (memberOfKind(store, kind, middle) < member) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private static long memberOfKind(DatasetGraph store, String kind, long index) {
        return ChangeLog.number(store, LogTerms.kindMember(kind, index), LogTerms.member).orElseThrow();
    }

    /** The kinds that have a stream of their own. */
    private static List<String> kinds(DatasetGraph store) {
        String prefix = LogTerms.kind("").getURI();
        List<String> kinds = new ArrayList<>();
        store.find(LOG, Node.ANY, LogTerms.members, Node.ANY).forEachRemaining(quad -> {
            String iri = quad.getSubject().getURI();
            if (iri.startsWith(prefix)) {
                kinds.add(iri.substring(prefix.length()));
            }
        });
        return kinds;
    }
}
