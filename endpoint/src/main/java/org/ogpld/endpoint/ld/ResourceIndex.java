package org.ogpld.endpoint.ld;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;
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
        Map<String, Set<Node>> subjects = new HashMap<>();
        forEachSubject(subject -> subjects.computeIfAbsent(ownerOf(subject.getURI()), o -> new LinkedHashSet<>())
                .add(subject));
        Map<String, List<String>> byKind = new TreeMap<>();
        TreeMap<String, List<Node>> owners = new TreeMap<>();
        subjects.forEach((owner, nodes) -> owners.put(owner, List.copyOf(nodes)));
        owners.keySet().forEach(owner -> byKind.computeIfAbsent(kindOf(owner), k -> new ArrayList<>()).add(owner));
        byKind.replaceAll((kind, list) -> Collections.unmodifiableList(list));
        LOG.info("Resource index: {} resources, {} subjects, in {} ms", owners.size(),
                subjects.values().stream().mapToInt(Set::size).sum(), (System.nanoTime() - started) / 1_000_000);
        return new Snapshot(at, Collections.unmodifiableNavigableMap(owners), Collections.unmodifiableMap(byKind),
                List.copyOf(owners.keySet()));
    }

    /**
     * Every IRI subject of the store's named graphs, read off TDB2's subject-first quad index: node ids come in
     * subject order, so each distinct subject is decoded once, instead of every node of every statement (on an
     * 11M-quad store, 1.3M subjects instead of 44M nodes). The triple table (the storage default graph) holds the
     * change log, not data.
     */
    private void forEachSubject(Consumer<Node> action) {
        DatasetGraphTDB store = TDBInternal.getDatasetGraphTDB(dataset.asDatasetGraph());
        forEachSubject(store.getQuadTable().getNodeTupleTable(), "SPOG", 1, action);
    }

    /** The IRI subjects of {@code table}, from its index {@code name} if it has one (any index will do, slower). */
    private static void forEachSubject(NodeTupleTable table, String name, int subjectColumn, Consumer<Node> action) {
        TupleIndex[] indexes = table.getTupleTable().getIndexes();
        TupleIndex index = Arrays.stream(indexes).filter(i -> i.getName().equals(name)).findFirst()
                .orElse(indexes[0]);
        NodeId previous = null;
        for (Iterator<Tuple<NodeId>> tuples = index.all(); tuples.hasNext(); ) {
            NodeId subject = tuples.next().get(subjectColumn);
            if (!subject.equals(previous)) {
                previous = subject;
                Node node = table.getNodeTable().getNodeForNodeId(subject);
                if (node.isURI()) {
                    action.accept(node);
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
     * The index at one store generation.
     *
     * @param generation the store generation it was built at
     * @param owners every owner IRI, in order, with the subjects that belong to it
     * @param byKind the owner IRIs of each kind ({@code event}, ... or {@link #OTHER}), in order
     * @param all every owner IRI, in order
     */
    public record Snapshot(long generation, NavigableMap<String, List<Node>> owners,
            Map<String, List<String>> byKind, List<String> all) {

        /** Whether the store holds anything about {@code iri} or its parts. */
        public boolean holds(String iri) {
            return owners.containsKey(iri);
        }

        /** The subjects of {@code iri}: itself and its parts, as far as the store has statements about them. */
        public List<Node> subjects(String iri) {
            return owners.getOrDefault(iri, List.of());
        }

        /** The owners of one kind, in IRI order. */
        public List<String> ofKind(String kind) {
            return byKind.getOrDefault(kind, List.of());
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
}
