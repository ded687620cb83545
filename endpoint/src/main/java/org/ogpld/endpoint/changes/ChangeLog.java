package org.ogpld.endpoint.changes;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.rdfpatch.text.RDFChangesWriterText;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * Reads and appends the log's statements in the storage default graph of a TDB2 dataset, inside the caller's
 * transaction: an entry is appended in the very transaction whose changes it records, so a crash keeps both or
 * neither.
 */
public final class ChangeLog {

    private static final Node LOG = Quad.defaultGraphIRI;

    private ChangeLog() {
    }

    /**
     * Where the log stands.
     *
     * @param last the last entry's sequence number, 0 for an empty log
     * @param members how many members the stream holds
     * @param time when the last entry committed (each entry's time is later than the one before it)
     */
    public record Head(long last, long members, Instant time) {
    }

    /**
     * What the log still holds after compaction ({@link LogCompaction}): entries before {@code firstEntry} and
     * members before {@code firstMember} were dropped.
     *
     * @param firstEntry the first entry kept (1 when nothing was dropped)
     * @param firstMember the first member of the whole stream kept (0 when nothing was dropped)
     */
    public record Retained(long firstEntry, long firstMember) {
    }

    /** What the log in {@code store} still holds. */
    public static Retained retained(DatasetGraph store) {
        return new Retained(number(store, LogTerms.HEAD, LogTerms.first).orElse(1L),
                number(store, LogTerms.HEAD, LogTerms.firstKept).orElse(0L));
    }

    /** The first member of one kind's stream still kept (0 when nothing was dropped). */
    public static long kindFirst(DatasetGraph store, String kind) {
        return number(store, LogTerms.kind(kind), LogTerms.first).orElse(0L);
    }

    /** The head of the log in {@code store}. */
    public static Head head(DatasetGraph store) {
        return new Head(number(store, LogTerms.HEAD, LogTerms.last).orElse(0L),
                number(store, LogTerms.HEAD, LogTerms.members).orElse(0L),
                value(store, LogTerms.HEAD, LogTerms.time).map(n -> Instant.parse(n.getLiteralLexicalForm()))
                        .orElse(Instant.EPOCH));
    }

    /**
     * Appends the entry recording {@code changes}: the patch and, for each resource whose description changed in a
     * named graph, a member holding its description there after the change; a graph the write filled from empty with
     * more resources than four pages of {@code pageSize} hold gets one version of the whole graph instead
     * ({@link GraphVersions}). {@code kindOf} names a resource's kind (or {@code null}).
     */
    static LogEntry append(DatasetGraph store, Changes changes, String user, long version,
            Function<Node, String> kindOf, int pageSize) {
        Head head = head(store);
        long seq = head.last() + 1;
        Instant now = Instant.now();
        // Strictly increasing, so that the stream's order is its members' time order (TREE relations rely on it).
        Instant time = now.isAfter(head.time()) ? now : head.time().plusNanos(1_000);
        String patch = patch(store, changes, seq, time, version, user);
        long index = head.members();
        Set<Node> whole = GraphVersions.of(store, changes, pageSize);
        for (Node graph : whole) {
            addGraphMember(store, index++, seq, time, graph);
        }
        Set<Quad> touched = whole.isEmpty() ? changes.touched() : changes.touched().stream()
                .filter(pair -> !whole.contains(pair.getGraph())).collect(Collectors.toCollection(LinkedHashSet::new));
        long size = patch.length();
        Set<Node> irregular = BlankOwners.irregularGraphs(store, changes, whole);
        for (Quad pair : Descriptions.resources(store, touched)) {
            List<Triple> description = Descriptions.describe(store, pair.getGraph(), pair.getSubject());
            if (!irregular.contains(pair.getGraph()) && !BlankOwners.tree(store, pair.getGraph(), description)) {
                irregular.add(pair.getGraph());
            }
            size += addMember(store, index++, seq, time, pair, description, kindOf.apply(pair.getSubject()));
        }
        // Last of the entry's members, so that a follower applying them in order ends with the whole graph.
        for (Node graph : irregular) {
            size += addStoredGraphMember(store, index++, seq, time, graph);
        }
        int count = (int) (index - head.members());
        Node entry = LogTerms.entry(seq);
        add(store, entry, LogTerms.seq, number(seq));
        add(store, entry, LogTerms.time, time(time));
        add(store, entry, LogTerms.patch, NodeFactory.createLiteralString(patch));
        add(store, entry, LogTerms.user, NodeFactory.createLiteralString(user));
        add(store, entry, LogTerms.firstMember, number(head.members()));
        add(store, entry, LogTerms.memberCount, number(count));
        set(store, LogTerms.HEAD, LogTerms.last, number(seq));
        set(store, LogTerms.HEAD, LogTerms.members, number(index));
        set(store, LogTerms.HEAD, LogTerms.time, time(time));
        add(store, entry, LogTerms.size, number(size));
        set(store, LogTerms.HEAD, LogTerms.size, number(keptSize(store, head) + size));
        return new LogEntry(seq, time, patch, user, head.members(), count);
    }

    /** The entry {@code seq}, if the log (still) holds it. */
    public static Optional<LogEntry> entry(DatasetGraph store, long seq) {
        Node entry = LogTerms.entry(seq);
        return value(store, entry, LogTerms.patch).map(patch -> new LogEntry(seq,
                Instant.parse(value(store, entry, LogTerms.time).orElseThrow().getLiteralLexicalForm()),
                patch.getLiteralLexicalForm(), value(store, entry, LogTerms.user).orElseThrow()
                        .getLiteralLexicalForm(), number(store, entry, LogTerms.firstMember).orElseThrow(),
                number(store, entry, LogTerms.memberCount).orElseThrow().intValue()));
    }

    /** The stream's member {@code index}. */
    public static Optional<Member> member(DatasetGraph store, long index) {
        Node member = LogTerms.member(index);
        return value(store, member, LogTerms.resource).map(resource -> new Member(index,
                number(store, member, LogTerms.entry).orElseThrow(),
                Instant.parse(value(store, member, LogTerms.time).orElseThrow().getLiteralLexicalForm()), resource,
                value(store, member, LogTerms.graph).orElseThrow(),
                value(store, member, LogTerms.ntriples).map(Node::getLiteralLexicalForm).orElse(""),
                value(store, member, LogTerms.wholeGraph).isPresent()));
    }

    /**
     * The content of a whole graph's version: the graph after the entry that produced it, stored with the version
     * or, for a bulk write into an empty graph, read from the entry's patch.
     */
    public static List<Triple> graphContent(DatasetGraph store, Member member) {
        if (value(store, LogTerms.member(member.index()), LogTerms.ntriples).isPresent()) {
            return Descriptions.parse(member.ntriples());
        }
        LogEntry entry = entry(store, member.seq()).orElseThrow(() -> new IllegalStateException(
                "The change log lacks entry " + member.seq() + " of member " + member.index()));
        return GraphVersions.content(entry.patch(), member.graph());
    }

    /** How many members one kind's stream holds. */
    public static long kindMembers(DatasetGraph store, String kind) {
        return number(store, LogTerms.kind(kind), LogTerms.members).orElse(0L);
    }

    /** Member {@code index} of one kind's stream. */
    public static Optional<Member> kindMember(DatasetGraph store, String kind, long index) {
        return number(store, LogTerms.kindMember(kind, index), LogTerms.member)
                .flatMap(member -> member(store, member));
    }

    /** Applies an entry's patch to {@code target}, in a write transaction of its own (the patch's TX ... TC). */
    public static void replay(LogEntry entry, DatasetGraph target) {
        RDFPatchOps.applyChange(target, RDFPatchOps.read(
                new java.io.ByteArrayInputStream(entry.patch().getBytes(StandardCharsets.UTF_8))));
    }

    /**
     * The bytes of the entries the log keeps (their patches and descriptions), as the head records them; summed once
     * from the entries for a log written before the head recorded it.
     */
    static long keptSize(DatasetGraph store, Head head) {
        return number(store, LogTerms.HEAD, LogTerms.size).orElseGet(() -> {
            long total = 0;
            for (long seq = retained(store).firstEntry(); seq <= head.last(); seq++) {
                total += size(store, seq);
            }
            return total;
        });
    }

    /** The bytes of entry {@code seq}: its patch and its members' descriptions (its patch alone if unrecorded). */
    static long size(DatasetGraph store, long seq) {
        return number(store, LogTerms.entry(seq), LogTerms.size)
                .orElseGet(() -> entry(store, seq).map(e -> (long) e.patch().length()).orElse(0L));
    }

    /**
     * A member: {@code description}, what {@code pair}'s subject is in {@code pair}'s graph after the change; returns
     * its bytes.
     */
    private static long addMember(DatasetGraph store, long index, long seq, Instant time, Quad pair,
            List<Triple> triples, String kind) {
        Node member = LogTerms.member(index);
        add(store, member, LogTerms.entry, number(seq));
        add(store, member, LogTerms.time, time(time));
        add(store, member, LogTerms.resource, pair.getSubject());
        add(store, member, LogTerms.graph, pair.getGraph());
        String description = Descriptions.ntriples(triples);
        if (!description.isEmpty()) {
            add(store, member, LogTerms.ntriples, NodeFactory.createLiteralString(description));
        }
        if (kind != null) {
            Node stream = LogTerms.kind(kind);
            long count = number(store, stream, LogTerms.members).orElse(0L);
            add(store, LogTerms.kindMember(kind, count), LogTerms.member, number(index));
            set(store, stream, LogTerms.members, number(count + 1));
        }
        return description.length();
    }

    /** A version of the whole {@code graph}, in no kind's stream: its content is in the entry's patch. */
    private static void addGraphMember(DatasetGraph store, long index, long seq, Instant time, Node graph) {
        Node member = LogTerms.member(index);
        add(store, member, LogTerms.entry, number(seq));
        add(store, member, LogTerms.time, time(time));
        add(store, member, LogTerms.resource, graph);
        add(store, member, LogTerms.graph, graph);
        add(store, member, LogTerms.wholeGraph, NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
    }

    /**
     * A version of the whole {@code graph} holding its content after the change ({@link BlankOwners}: its blank
     * nodes cannot travel in resource versions), in no kind's stream; returns its bytes. An emptied graph's content
     * is stored empty.
     */
    private static long addStoredGraphMember(DatasetGraph store, long index, long seq, Instant time, Node graph) {
        addGraphMember(store, index, seq, time, graph);
        String content = Descriptions.ntriples(Iter.toList(Iter.map(store.find(graph, Node.ANY, Node.ANY, Node.ANY),
                Quad::asTriple)));
        add(store, LogTerms.member(index), LogTerms.ntriples, NodeFactory.createLiteralString(content));
        return content.length();
    }

    private static String patch(DatasetGraph store, Changes changes, long seq, Instant time, long version,
            String user) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFChangesWriterText writer = RDFPatchOps.textWriter(out);
        writer.header("id", NodeFactory.createURI("uuid:" + UUID.randomUUID()));
        if (seq > 1) {
            entry(store, seq - 1).flatMap(ChangeLog::id).ifPresent(prev -> writer.header("prev", prev));
        }
        writer.header("seq", number(seq));
        writer.header("time", time(time));
        writer.header("version", number(version));
        if (!user.isEmpty()) {
            writer.header("user", NodeFactory.createLiteralString(user));
        }
        writer.txnBegin();
        writer.finish();
        StringBuilder text = new StringBuilder(out.toString(StandardCharsets.UTF_8)).append(changes.body());
        out.reset();
        writer.txnCommit();
        writer.finish();
        return text.append(out.toString(StandardCharsets.UTF_8)).toString();
    }

    /** The {@code id} header of an entry's patch. */
    static Optional<Node> id(LogEntry entry) {
        return Optional.ofNullable(RDFPatchOps.readHeader(new java.io.ByteArrayInputStream(
                entry.patch().getBytes(StandardCharsets.UTF_8))).getId());
    }

    private static void add(DatasetGraph store, Node s, Node p, Node o) {
        store.add(LOG, s, p, o);
    }

    static void set(DatasetGraph store, Node s, Node p, Node o) {
        store.deleteAny(LOG, s, p, Node.ANY);
        store.add(LOG, s, p, o);
    }

    private static Optional<Node> value(DatasetGraph store, Node s, Node p) {
        Iterator<Quad> found = store.find(LOG, s, p, Node.ANY);
        return found.hasNext() ? Optional.of(found.next().getObject()) : Optional.empty();
    }

    static Optional<Long> number(DatasetGraph store, Node s, Node p) {
        return value(store, s, p).map(n -> Long.parseLong(n.getLiteralLexicalForm()));
    }

    static Node number(long value) {
        return NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDlong);
    }

    private static Node time(Instant value) {
        return NodeFactory.createLiteralDT(value.toString(), XSDDatatype.XSDdateTime);
    }
}
