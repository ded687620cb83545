package org.ogpld.endpoint.changes;

import java.time.Instant;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.ogpld.vocab.Vocab;

/**
 * The pages of an event stream, made from the change log: page {@code k} holds members {@code k * size} to
 * {@code (k + 1) * size - 1} in the order they were committed. A page is full once a member exists past it; it then
 * carries a {@code tree:GreaterThanOrEqualToRelation} on the members' time to the next page and never changes
 * again. Each member is a version {@code <m>} ({@code dct:isVersionOf} the resource, {@code void:inDataset} the
 * named graph its description is in, {@code prov:generatedAtTime} when it changed) in the default graph, and the
 * resource's description in the named graph {@code <m>}, as the LDES specification lets a member's statements be
 * (TriG, N-Quads); triples syntaxes get {@link #triples} instead. A version of a whole graph (a bulk write,
 * {@link GraphVersions}) is typed {@code sd:NamedGraph}, is a version of the graph itself and holds all of it; kind
 * streams hold versions of resources only.
 *
 * @param store the TDB2 dataset, read inside the caller's read transaction
 * @param kind the kind of resource the stream is limited to, or {@code null} for every change
 * @param url the stream's public address ({@code {public}feed} or {@code {public}feed/{kind}})
 * @param size members per page
 */
public record FeedPages(DatasetGraph store, String kind, String url, int size) {

    /** One page: its statements, and whether it is full (immutable). */
    public record Page(DatasetGraph content, boolean full) {
    }

    /** How many members the stream holds. */
    public long total() {
        return kind == null ? ChangeLog.head(store).members() : ChangeLog.kindMembers(store, kind);
    }

    /** The first member still kept: members before it were dropped by compaction ({@link LogCompaction}). */
    public long firstKept() {
        return kind == null ? ChangeLog.retained(store).firstMember() : ChangeLog.kindFirst(store, kind);
    }

    /** The first member of the first page still served: a page that lost any member to compaction is gone. */
    public long firstServed() {
        return (firstKept() + size - 1) / size * size;
    }

    /** Whether compaction dropped any of page {@code k}'s members, so that it is no longer served. */
    public boolean gone(long k) {
        return k >= 0 && k * size < firstKept();
    }

    /** Page {@code k}, if it exists: page 0 always does unless compaction dropped it, others once they hold a member. */
    public Optional<Page> page(long k) {
        return page(k, k * size);
    }

    /**
     * The members of page {@code k} from member {@code from} on (the whole page when {@code from} is its first), if
     * the page exists and {@code from} is on it or just past its last member so far. The page after the last member
     * exists, empty, when the last page is exactly full: the snapshot names it then, and the next member lands on it.
     * A page that is not full has a {@code tree:GreaterThanRelation} on the members' time to the fragment starting
     * after its last member: a follower goes on from there instead of reading the page's older members again.
     */
    public Optional<Page> page(long k, long from) {
        long total = total();
        long first = k * size;
        long end = Math.min(total, first + size);
        if (k < 0 || first > total || gone(k) || from < first || from > Math.max(first, end)) {
            return Optional.empty();
        }
        DatasetGraph content = stream();
        Node page = pageIri(k, from);
        content.add(Quad.defaultGraphIRI, page, FeedTerms.type, FeedTerms.Node);
        if (k == 0 && from == 0) {
            // While the root is served nothing was dropped, so this never changes; LDES consumers look for it here.
            addRetentionPolicy(content);
        }
        for (long i = from; i < end; i++) {
            addMember(content, member(i));
        }
        boolean full = total > first + size;
        if (full) {
            addDefault(content, page, FeedTerms.immutable, NodeFactory.createLiteralDT("true",
                    XSDDatatype.XSDboolean));
            addRelation(content, page, FeedTerms.GreaterThanOrEqualToRelation, member(first + size).time(),
                    pageIri(k + 1, first + size));
        } else if (end > from) {
            // Every later member belongs to a later entry, so it is strictly later than this fragment's last one.
            addRelation(content, page, FeedTerms.GreaterThanRelation, member(end - 1).time(), pageIri(k, end));
        }
        return Optional.of(new Page(content, full));
    }

    private static void addRelation(DatasetGraph content, Node page, Node type, Instant value, Node to) {
        Node relation = NodeFactory.createBlankNode();
        addDefault(content, page, FeedTerms.relation, relation);
        addDefault(content, relation, FeedTerms.type, type);
        addDefault(content, relation, FeedTerms.path, FeedTerms.generatedAtTime);
        addDefault(content, relation, FeedTerms.value, time(value));
        addDefault(content, relation, FeedTerms.node, to);
    }

    /** The stream's description: what it is, how its members are versioned and timed, and its view's root. */
    public DatasetGraph stream() {
        DatasetGraph content = DatasetGraphFactory.create();
        content.prefixes().putAll(FeedTerms.prefixes());
        // The vocabularies' prefixes too: TriG and Turtle pages then name terms in a few bytes, not whole IRIs.
        content.prefixes().putAll(Vocab.prefixes());
        Node stream = NodeFactory.createURI(url);
        addDefault(content, stream, FeedTerms.type, FeedTerms.EventStream);
        addDefault(content, stream, FeedTerms.timestampPath, FeedTerms.generatedAtTime);
        addDefault(content, stream, FeedTerms.versionOfPath, FeedTerms.isVersionOf);
        addDefault(content, stream, FeedTerms.versionDeletePath, FeedTerms.type);
        addDefault(content, stream, FeedTerms.versionDeleteObject, FeedTerms.Delete);
        addDefault(content, stream, FeedTerms.view, pageIri(0));
        // The snapshot to start from instead of the first page (its headers name the page to go on from).
        addDefault(content, stream, FeedTerms.dataDump, NodeFactory.createURI(url.substring(0, url.indexOf("/feed"))
                + "/dump/ogp.nq.gz"));
        return content;
    }

    /**
     * The stream's description with the root's retention policy: the members kept start at the first one
     * compaction left, and a client that needs the older ones starts from the snapshot ({@code void:dataDump}).
     */
    public DatasetGraph description() {
        DatasetGraph content = stream();
        addRetentionPolicy(content);
        return content;
    }

    private void addRetentionPolicy(DatasetGraph content) {
        Node policy = NodeFactory.createBlankNode();
        addDefault(content, pageIri(0), FeedTerms.retentionPolicy, policy);
        long served = firstServed();
        addDefault(content, policy, FeedTerms.startingFrom, time(served >= total() ? ChangeLog.head(store).time()
                : member(served).time()));
    }

    /** The address of page {@code k}. */
    public String pageUrl(long k) {
        return url + "?page=" + k;
    }

    /** The address of page {@code k}'s members from {@code from} on: the page itself when that is its first. */
    public String pageUrl(long k, long from) {
        return pageUrl(url, size, k, from);
    }

    /** The address, in the stream at {@code url} of pages of {@code size}, of page {@code k} from member {@code from}. */
    static String pageUrl(String url, int size, long k, long from) {
        return url + "?page=" + k + (from == k * size ? "" : "&from=" + from);
    }

    /** The IRI of one version of {@code resource}: {@code {resource}#v{n}}, {@code n} its place in the stream. */
    static Node versionIri(Node resource, long n) {
        String iri = resource.getURI();
        return NodeFactory.createURI(iri + (iri.indexOf('#') < 0 ? "#v" : "-v") + n);
    }

    /**
     * A page as triples: each description with the version as its subject instead of the resource (several
     * versions of one resource on a page stay apart), the graphs it was in named by {@code void:inDataset}.
     */
    static Graph triples(DatasetGraph content) {
        Graph triples = GraphFactory.createDefaultGraph();
        content.find().forEachRemaining(quad -> {
            Node subject = quad.getSubject();
            if (!quad.isDefaultGraph() && subject.equals(resourceOf(content, quad.getGraph()))) {
                subject = quad.getGraph();
            }
            triples.add(Triple.create(subject, quad.getPredicate(), quad.getObject()));
        });
        return triples;
    }

    private static Node resourceOf(DatasetGraph content, Node version) {
        return content.find(Quad.defaultGraphIRI, version, FeedTerms.isVersionOf, Node.ANY).next().getObject();
    }

    private Member member(long i) {
        Optional<Member> member = kind == null ? ChangeLog.member(store, i) : ChangeLog.kindMember(store, kind, i);
        return member.orElseThrow(() -> new IllegalStateException("The change log lacks member " + i + " of " + url));
    }

    private void addMember(DatasetGraph content, Member member) {
        Node version = versionIri(member.resource(), member.index());
        addDefault(content, NodeFactory.createURI(url), FeedTerms.member, version);
        addDefault(content, version, FeedTerms.isVersionOf, member.resource());
        addDefault(content, version, FeedTerms.inDataset, member.graph());
        addDefault(content, version, FeedTerms.generatedAtTime, time(member.time()));
        if (member.tombstone()) {
            addDefault(content, version, FeedTerms.type, FeedTerms.Delete);
            return;
        }
        if (member.wholeGraph()) {
            addDefault(content, version, FeedTerms.type, FeedTerms.NamedGraph);
            ChangeLog.graphContent(store, member).forEach(triple -> content.add(version, triple.getSubject(),
                    triple.getPredicate(), triple.getObject()));
            return;
        }
        Descriptions.parse(member.ntriples()).forEach(triple -> content.add(version, triple.getSubject(),
                triple.getPredicate(), triple.getObject()));
    }

    private Node pageIri(long k) {
        return NodeFactory.createURI(pageUrl(k));
    }

    private Node pageIri(long k, long from) {
        return NodeFactory.createURI(pageUrl(k, from));
    }

    private static void addDefault(DatasetGraph content, Node s, Node p, Node o) {
        content.add(Quad.defaultGraphIRI, s, p, o);
    }

    private static Node time(Instant time) {
        return NodeFactory.createLiteralDT(time.toString(), XSDDatatype.XSDdateTime);
    }
}
