package org.ogpld.endpoint.ld;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.ogpld.endpoint.store.QuadIndexes;
import org.ogpld.endpoint.store.StoreGeneration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Which resources the store holds, in IRI order, and which subjects make up each: a resource's own IRI and its
 * parts ({@code {iri}#talk-1}, {@code {iri}#claim-2}), which belong to it even where nothing links them. Every IRI
 * subject of the store belongs to exactly one owner: a resource of this publication, or itself. Rebuilt, by one
 * scan of the store, the first time it is asked for after a write committed.
 */
@Component
public class ResourceIndex {

    /** The kind of owners that are not resources of this publication (graph descriptions, external IRIs). */
    public static final String OTHER = "other";

    private static final Logger LOG = LoggerFactory.getLogger(ResourceIndex.class);

    private final Dataset dataset;
    private final StoreGeneration generation;
    private final DataIris iris;
    private volatile Snapshot snapshot;

    ResourceIndex(Dataset dataset, StoreGeneration generation, DataIris iris) {
        this.dataset = dataset;
        this.generation = generation;
        this.iris = iris;
    }

    /**
     * Builds the index once the server is up, in the background, so that the first visitor does not wait for it
     * and a big store does not hold up the start. A failure is logged; the next request builds it again.
     */
    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Thread builder = new Thread(() -> {
            try {
                current();
            } catch (RuntimeException ex) {
                LOG.warn("Building the resource index failed: {}", ex.toString());
            }
        }, "ogpld-resource-index");
        builder.setDaemon(true);
        builder.start();
    }

    /** The index of the store as it is now. */
    public Snapshot current() {
        Snapshot known = snapshot;
        long now = generation.generation();
        if (known != null && known.generation() == now) {
            return known;
        }
        synchronized (this) {
            if (snapshot == null || snapshot.generation() != now) {
                snapshot = Txn.calculateRead(dataset, () -> build(now));
            }
            return snapshot;
        }
    }

    private Snapshot build(long at) {
        long started = System.nanoTime();
        Map<String, List<String>> subjects = new HashMap<>();
        forEachSubject(subject -> subjects.computeIfAbsent(ownerOf(subject), o -> new ArrayList<>(1)).add(subject));
        Snapshot built = Snapshot.of(at, subjects, this::kindOf);
        LOG.info("Resource index: {} resources, {} subjects, in {} ms", built.all().size(),
                subjects.values().stream().mapToInt(List::size).sum(), (System.nanoTime() - started) / 1_000_000);
        return built;
    }

    /**
     * Every IRI subject of the store's named graphs, read off TDB2's subject-first quad index: node ids come in
     * subject order, so each distinct subject is decoded once, instead of every node of every statement (on an
     * 11M-quad store, 1.3M subjects instead of 44M nodes). They are decoded by the node table under TDB2's node
     * cache, so that a scan of every subject does not fill the cache that queries use. The triple table (the
     * storage default graph) holds the change log, not data.
     */
    private void forEachSubject(Consumer<String> action) {
        DatasetGraphTDB store = TDBInternal.getDatasetGraphTDB(dataset.asDatasetGraph());
        NodeTable nodes = store.getQuadTable().getNodeTupleTable().getNodeTable().baseNodeTable();
        NodeId previous = null;
        for (Iterator<Tuple<NodeId>> tuples = QuadIndexes.index(store, "SPOG").all(); tuples.hasNext(); ) {
            NodeId subject = tuples.next().get(1); // G S P O
            if (!subject.equals(previous)) {
                previous = subject;
                Node node = subject.isInline() ? null : nodes.getNodeForNodeId(subject);
                if (node != null && node.isURI()) {
                    action.accept(node.getURI());
                }
            }
        }
    }

    private String ownerOf(String iri) {
        return iris.owner(iri).map(iris::iri).orElse(iri);
    }

    private String kindOf(String owner) {
        return iris.owner(owner).map(id -> id.kind().segment()).orElse(OTHER);
    }

    /**
     * The index at one store generation, packed ({@link PackedStrings}): on an 11M-quad store, tens of megabytes
     * instead of the hundreds a map of {@code String}s and {@code Node}s took.
     */
    public static final class Snapshot {

        private final long generation;
        /** Every owner IRI, in order. */
        private final PackedStrings owners;
        /** Whether owner {@code i} is itself a subject. */
        private final BitSet selfSubject;
        /** The other subjects of owner {@code i}: {@code parts[partStart[i] .. partStart[i + 1])}. */
        private final int[] partStart;
        /** A part's IRI as the suffix after its owner's ({@code #talk-1}), or whole if it does not extend it. */
        private final PackedStrings parts;
        private final Map<String, List<String>> byKind;

        private Snapshot(long generation, PackedStrings owners, BitSet selfSubject, int[] partStart,
                PackedStrings parts, Map<String, List<String>> byKind) {
            this.generation = generation;
            this.owners = owners;
            this.selfSubject = selfSubject;
            this.partStart = partStart;
            this.parts = parts;
            this.byKind = byKind;
        }

        /** An index of an empty store. */
        public static Snapshot empty(long generation) {
            return of(generation, Map.of(), owner -> OTHER);
        }

        /** The index of {@code subjects}, each owner's subject IRIs, the owners' kinds given by {@code kindOf}. */
        static Snapshot of(long generation, Map<String, List<String>> subjects, Function<String, String> kindOf) {
            List<String> sorted = new ArrayList<>(subjects.keySet());
            Collections.sort(sorted);
            PackedStrings.Builder owners = new PackedStrings.Builder();
            PackedStrings.Builder parts = new PackedStrings.Builder();
            BitSet self = new BitSet(sorted.size());
            int[] partStart = new int[sorted.size() + 1];
            Map<String, IntStream.Builder> kinds = new TreeMap<>();
            for (int i = 0; i < sorted.size(); i++) {
                String owner = sorted.get(i);
                owners.add(owner);
                kinds.computeIfAbsent(kindOf.apply(owner), k -> IntStream.builder()).add(i);
                for (String subject : subjects.get(owner)) {
                    if (subject.equals(owner)) {
                        self.set(i);
                    } else {
                        parts.add(subject.startsWith(owner + "#") ? subject.substring(owner.length()) : subject);
                    }
                }
                partStart[i + 1] = parts.size();
            }
            PackedStrings packed = owners.build();
            Map<String, List<String>> byKind = new TreeMap<>();
            kinds.forEach((kind, indexes) -> byKind.put(kind, new Selection(packed, indexes.build().toArray())));
            return new Snapshot(generation, packed, self, partStart, parts.build(),
                    Collections.unmodifiableMap(byKind));
        }

        /** The store generation it was built at. */
        public long generation() {
            return generation;
        }

        /** Whether the store holds anything about {@code iri} or its parts. */
        public boolean holds(String iri) {
            return Collections.binarySearch(owners, iri) >= 0;
        }

        /** The subjects of {@code iri}: itself and its parts, as far as the store has statements about them. */
        public List<Node> subjects(String iri) {
            int at = Collections.binarySearch(owners, iri);
            if (at < 0) {
                return List.of();
            }
            List<Node> subjects = new ArrayList<>(1 + partStart[at + 1] - partStart[at]);
            if (selfSubject.get(at)) {
                subjects.add(NodeFactory.createURI(iri));
            }
            for (int p = partStart[at]; p < partStart[at + 1]; p++) {
                String part = parts.get(p);
                subjects.add(NodeFactory.createURI(part.startsWith("#") ? iri + part : part));
            }
            return subjects;
        }

        /** The owners of one kind, in IRI order. */
        public List<String> ofKind(String kind) {
            return byKind.getOrDefault(kind, List.of());
        }

        /** The owner IRIs of each kind ({@code event}, ... or {@link #OTHER}), in order. */
        public Map<String, List<String>> byKind() {
            return byKind;
        }

        /** Every owner IRI, in order. */
        public List<String> all() {
            return owners;
        }

        /** How many resources of each kind of this publication the store holds. */
        public Map<String, Integer> counts() {
            Map<String, Integer> counts = new TreeMap<>();
            byKind.forEach((kind, list) -> {
                if (!OTHER.equals(kind)) {
                    counts.put(kind, list.size());
                }
            });
            return counts;
        }
    }

    /** Some of the owners, by position, in order. */
    private static final class Selection extends AbstractList<String> implements RandomAccess {
        private final List<String> owners;
        private final int[] positions;

        Selection(List<String> owners, int[] positions) {
            this.owners = owners;
            this.positions = positions;
        }

        @Override
        public String get(int index) {
            return owners.get(positions[index]);
        }

        @Override
        public int size() {
            return positions.length;
        }
    }
}
