package org.ogpld.endpoint.changes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSetOps;
import org.apache.jena.system.Txn;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.util.Models;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/**
 * The change log kept in the store's own transactions: a mixed sequence of writes (updates, graph replacements, a
 * deleted resource, a deleted graph, blank nodes) replayed from the log's patches, from the event stream's pages,
 * and from a snapshot plus the newer pages, gives the same store each time; and nothing of the log shows in
 * queries.
 */
class ChangeLogTest {

    private static final String C1 = LoggedStore.BASE + "id/commitment/c1";
    private static final String O1 = LoggedStore.BASE + "id/organisation/o1";
    private static final int PAGE = 4;

    @TempDir
    Path temp;

    private LoggedStore store;

    @BeforeEach
    void open() {
        store = new LoggedStore(temp.resolve("store"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void replayingEveryEntrysPatchIntoAnEmptyStoreGivesTheSameStore() {
        writeMixedSequence(store, 11);
        DatasetGraph copy = DatasetGraphFactory.createTxnMem();
        long entries = store.head().last();
        Txn.executeRead(store.dataset, () -> {
            for (long seq = 1; seq <= entries; seq++) {
                LogEntry entry = ChangeLog.entry(store.dataset.asDatasetGraph(), seq).orElseThrow();
                ChangeLog.replay(entry, copy);
            }
        });
        assertThat(Models.isomorphic(Txn.calculateRead(copy, () -> LoggedStore.model(copy.find())), store.data()))
                .isTrue();
    }

    @Test
    void replayingTheFeedFromTheStartGivesTheSameStore() {
        writeMixedSequence(store, 12);
        DatasetGraph copy = DatasetGraphFactory.createTxnMem();
        int members = replayPages(copy, Instant.MIN);
        assertThat((long) members).isEqualTo(store.head().members());
        assertThat(Models.isomorphic(Txn.calculateRead(copy, () -> LoggedStore.model(copy.find())), store.data()))
                .isTrue();
    }

    @Test
    void replayingTheFeedFromASnapshotPlusTheNewerPagesGivesTheSameStore() {
        writeFirstHalf(store);
        Model snapshot = store.data();
        Instant at = store.head().time();
        writeSecondHalf(store, new Random(13));
        DatasetGraph copy = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(copy, () -> org.apache.jena.riot.RDFParser.fromString(nquads(snapshot),
                org.apache.jena.riot.Lang.NQUADS).parse(copy));
        replayPages(copy, at);
        assertThat(Models.isomorphic(Txn.calculateRead(copy, () -> LoggedStore.model(copy.find())), store.data()))
                .isTrue();
    }

    @Test
    void afterCompactionASnapshotPlusTheRemainingPagesGivesTheSameStoreAndPagesThatLostMembersAreGone() {
        store.close();
        store = new LoggedStore(temp.resolve("compacted"), new LogProperties(true, 5, Duration.ZERO), PAGE);
        writeMixedSequence(store, 14);
        ChangeLog.Retained kept = retained();
        assertThat(kept.firstEntry()).isGreaterThan(1).isLessThanOrEqualTo(store.head().last() - 4);
        assertThat(kept.firstMember()).isPositive();
        assertKeptInWholePages(kept);

        // A client takes the snapshot (the dump's headers: its time and the page holding the next member) ...
        Model snapshot = store.data();
        Instant at = store.head().time();
        long fromPage = store.head().members() / PAGE;
        // ... while fewer writes than the log keeps come in, each compacting the log again.
        store.update("INSERT DATA { GRAPH <urn:g1> { <" + O1 + "> <urn:p> \"later\" } }");
        store.update("DROP SILENT GRAPH <urn:g3>");
        store.update("INSERT DATA { GRAPH <urn:g5> { <" + LoggedStore.BASE + "id/person/p1> <urn:v> 9 } }");
        assertThat(retained().firstMember()).isGreaterThan(kept.firstMember()).isLessThanOrEqualTo(fromPage * PAGE);
        assertKeptInWholePages(retained());
        assertFollowingFromTheSnapshotGivesTheStore(snapshot, at, fromPage);

        // A policy by age would drop every entry but the newest; those holding members of the newest page stay.
        Instant last = store.head().time();
        ChangeLog.Head head = store.head();
        long before = retained().firstEntry();
        LogCompaction.Compacted dropped = Txn.calculateWrite(store.dataset, () -> LogCompaction.compact(
                store.dataset.asDatasetGraph(), new LogProperties(true, 0, Duration.ofHours(1)), PAGE,
                last.plus(Duration.ofDays(1))));
        assertThat(dropped.entries()).isEqualTo(retained().firstEntry() - before).isPositive();
        assertThat(retained().firstMember()).isEqualTo(head.members() / PAGE * PAGE);
        assertThat(Txn.calculateRead(store.dataset, () -> ChangeLog.entry(store.dataset.asDatasetGraph(),
                retained().firstEntry()).orElseThrow())).satisfies(entry ->
                assertThat(entry.firstMember() + entry.memberCount()).isGreaterThan(retained().firstMember()));
        assertKeptInWholePages(retained());
        assertFollowingFromTheSnapshotGivesTheStore(store.data(), last, head.members() / PAGE);
    }

    @Test
    void aSizeLimitDropsTheOldestEntriesKeepsTheHeadsSizeExactAndASnapshotPlusTheRemainingPagesGivesTheStore() {
        store.close();
        store = new LoggedStore(temp.resolve("sized"), new LogProperties(true, 0, Duration.ZERO,
                DataSize.ofKilobytes(4)), PAGE);
        writeMixedSequence(store, 15);
        ChangeLog.Retained kept = retained();
        assertThat(kept.firstEntry()).isGreaterThan(1);
        assertKeptInWholePages(kept);
        Txn.executeRead(store.dataset, () -> {
            DatasetGraph log = store.dataset.asDatasetGraph();
            ChangeLog.Head head = ChangeLog.head(log);
            long sum = 0;
            for (long seq = kept.firstEntry(); seq <= head.last(); seq++) {
                sum += ChangeLog.size(log, seq);
            }
            assertThat(ChangeLog.number(log, LogTerms.HEAD, LogTerms.size)).contains(sum);
            // The newest entries that fit in the limit are kept, and older ones only to keep whole pages.
            long fit = head.last();
            for (long total = ChangeLog.size(log, fit); fit > kept.firstEntry()
                    && total + ChangeLog.size(log, fit - 1) <= 4096; fit--) {
                total += ChangeLog.size(log, fit - 1);
            }
            long cut = ChangeLog.entry(log, fit).orElseThrow().firstMember() / PAGE * PAGE;
            LogEntry first = ChangeLog.entry(log, kept.firstEntry()).orElseThrow();
            assertThat(first.seq() == fit || first.firstMember() + first.memberCount() > cut).isTrue();
        });
        Model snapshot = store.data();
        Instant at = store.head().time();
        long fromPage = store.head().members() / PAGE;
        store.update("INSERT DATA { GRAPH <urn:g1> { <" + O1 + "> <urn:p> \"sized\" } }");
        assertFollowingFromTheSnapshotGivesTheStore(snapshot, at, fromPage);
    }

    @Test
    void aBulkWriteIntoAnEmptyGraphIsOneVersionOfTheWholeGraphAndReplayFromTheStartOrASnapshotStillGivesTheStore() {
        store.close();
        store = new LoggedStore(temp.resolve("bulk"), new LogProperties(true, 0, Duration.ZERO), PAGE);
        writeFirstHalf(store);
        Model snapshot = store.data();
        Instant at = store.head().time();
        long before = store.head().members();
        Node bulk = NodeFactory.createURI("urn:bulk");
        store.write(target -> {
            for (int i = 0; i < 4 * PAGE + 1; i++) {
                Node person = NodeFactory.createURI(LoggedStore.BASE + "id/person/b" + i);
                Node part = NodeFactory.createBlankNode();
                target.add(bulk, person, NodeFactory.createURI("urn:name"), NodeFactory.createLiteralString("B" + i));
                target.add(bulk, person, NodeFactory.createURI("urn:part"), part);
                target.add(bulk, part, NodeFactory.createURI("urn:r"), NodeFactory.createLiteralString("r" + i));
            }
        });
        assertThat(store.head().members()).isEqualTo(before + 1);
        Member whole = Txn.calculateRead(store.dataset, () -> ChangeLog.member(store.dataset.asDatasetGraph(),
                before)).orElseThrow();
        assertThat(whole.wholeGraph()).isTrue();
        assertThat(whole.resource()).isEqualTo(bulk);
        assertThat(Txn.calculateRead(store.dataset, () -> ChangeLog.kindMembers(store.dataset.asDatasetGraph(),
                "person"))).as("kind streams hold resource versions only").isEqualTo(6);

        store.update("INSERT DATA { GRAPH <urn:bulk> { <" + LoggedStore.BASE + "id/person/b1> <urn:v> 1 } }");
        writeSecondHalf(store, new Random(17));
        DatasetGraph fromStart = DatasetGraphFactory.createTxnMem();
        replayPages(fromStart, Instant.MIN);
        assertThat(Models.isomorphic(Txn.calculateRead(fromStart, () -> LoggedStore.model(fromStart.find())),
                store.data())).isTrue();
        DatasetGraph fromSnapshot = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(fromSnapshot, () -> org.apache.jena.riot.RDFParser.fromString(nquads(snapshot),
                org.apache.jena.riot.Lang.NQUADS).parse(fromSnapshot));
        replayPages(fromSnapshot, at);
        assertThat(Models.isomorphic(Txn.calculateRead(fromSnapshot, () -> LoggedStore.model(fromSnapshot.find())),
                store.data())).isTrue();
    }

    @Test
    void orphanedAndSharedBlankNodesReachAFollowerAsVersionsOfTheirWholeGraphAfterEveryWrite() {
        store.close();
        store = new LoggedStore(temp.resolve("orphans"), new LogProperties(true, 0, Duration.ZERO), PAGE);
        String p1 = "<" + LoggedStore.BASE + "id/person/p1>";
        List<String> writes = List.of(
                "INSERT DATA { GRAPH <urn:g1> { <" + C1 + "> <urn:q> [ <urn:r> 1 ; <urn:s> [ <urn:t> 2 ] ] ;"
                        + " <urn:p> \"a\" . " + p1 + " <urn:name> \"P1\" } }",
                // The owner's link goes, its blank nodes stay: orphans.
                "DELETE WHERE { GRAPH <urn:g1> { <" + C1 + "> <urn:q> ?b } }",
                // A graph with no resource at all.
                "INSERT DATA { GRAPH <urn:g5> { _:x <urn:r> 7 ; <urn:s> [ <urn:t> 8 ] } }",
                "INSERT { GRAPH <urn:g5> { ?x <urn:u> 9 } } WHERE { GRAPH <urn:g5> { ?x <urn:r> 7 } }",
                // An orphan adopted, then shared by two resources, changed while shared, then unshared.
                "INSERT { GRAPH <urn:g1> { <" + O1 + "> <urn:has> ?b } } WHERE { GRAPH <urn:g1> { ?b <urn:r> 1 } }",
                "INSERT { GRAPH <urn:g1> { " + p1 + " <urn:has> ?b } } WHERE { GRAPH <urn:g1> { ?b <urn:r> 1 } }",
                "INSERT { GRAPH <urn:g1> { ?b <urn:r> 5 } } WHERE { GRAPH <urn:g1> { ?b <urn:r> 1 } }",
                "INSERT DATA { GRAPH <urn:g1> { " + p1 + " <urn:v> 3 } }",
                "DELETE WHERE { GRAPH <urn:g1> { <" + O1 + "> <urn:has> ?b } }",
                // A deleted resource whose blank nodes stay behind, a change among the orphans, a cycle.
                "DELETE WHERE { GRAPH <urn:g1> { " + p1 + " ?p ?o } }",
                "DELETE WHERE { GRAPH <urn:g1> { ?t <urn:t> 2 } }",
                "INSERT DATA { GRAPH <urn:g1> { _:c1 <urn:next> _:c2 . _:c2 <urn:next> _:c1 } }",
                "INSERT DATA { GRAPH <urn:g1> { <" + O1 + "> <urn:p> \"o\" } }",
                // Deleted graphs holding orphans: one with resources, one without.
                "DROP GRAPH <urn:g5>",
                "DROP GRAPH <urn:g1>");
        for (String write : writes) {
            store.update(write);
            DatasetGraph copy = DatasetGraphFactory.createTxnMem();
            replayPages(copy, Instant.MIN);
            assertThat(Models.isomorphic(Txn.calculateRead(copy, () -> LoggedStore.model(copy.find())),
                    store.data())).as("the feed replayed after %s", write).isTrue();
        }
        assertThat(store.data()).isEmpty();
        long wholeGraphs = Txn.calculateRead(store.dataset, () -> java.util.stream.LongStream.range(0,
                store.head().members()).filter(i -> ChangeLog.member(store.dataset.asDatasetGraph(), i)
                .orElseThrow().wholeGraph()).count());
        assertThat(wholeGraphs).as("versions of a whole graph").isBetween(8L, (long) writes.size());
    }

    @Test
    void aFollowerGoingOnAfterTheLastMemberItSawReadsEachMemberOnceAndEndsWithTheStore() {
        store.close();
        store = new LoggedStore(temp.resolve("continued"), new LogProperties(true, 0, Duration.ZERO), PAGE);
        DatasetGraph copy = DatasetGraphFactory.createTxnMem();
        String position = "http://localhost/feed?page=0";
        long read = 0;
        Random random = new Random(19);
        for (int round = 0; round < 6; round++) {
            if (round == 2) {
                writeFirstHalf(store);
            } else {
                writeSecondHalf(store, random);
            }
            while (true) {
                java.util.regex.Matcher at = java.util.regex.Pattern.compile("page=(\\d+)(?:&from=(\\d+))?")
                        .matcher(position);
                assertThat(at.find()).as(position).isTrue();
                long k = Long.parseLong(at.group(1));
                long from = at.group(2) == null ? k * PAGE : Long.parseLong(at.group(2));
                FeedPages.Page page = Txn.calculateRead(store.dataset, () -> new FeedPages(
                        store.dataset.asDatasetGraph(), null, "http://localhost/feed", PAGE).page(k, from))
                        .orElseThrow();
                DatasetGraph received = LoggedStore.transported(page.content());
                read += Txn.calculateWrite(copy, () -> FeedReplay.apply(received, copy));
                java.util.Iterator<Quad> next = received.find(Quad.defaultGraphIRI, Node.ANY, FeedTerms.node,
                        Node.ANY);
                if (!next.hasNext()) {
                    break;
                }
                Quad relation = next.next();
                position = relation.getObject().getURI();
                if (!page.full()) {
                    assertThat(received.contains(Quad.defaultGraphIRI, relation.getSubject(), FeedTerms.type,
                            FeedTerms.GreaterThanRelation)).isTrue();
                    break;
                }
            }
            assertThat(read).as("members read by round %d", round).isEqualTo(store.head().members());
            assertThat(Models.isomorphic(Txn.calculateRead(copy, () -> LoggedStore.model(copy.find())),
                    store.data())).as("round %d", round).isTrue();
        }
        assertThat(position).contains("&from=");
    }

    @Test
    void eachEntryRecordsItsPatchTimeAndWriterAndAWriteThatChangesNothingAddsNoEntry() {
        store.update("INSERT DATA { GRAPH <urn:g1> { <" + C1 + "> <urn:p> 1 } }");
        store.update("INSERT DATA { GRAPH <urn:g1> { <" + C1 + "> <urn:p> 1 } }");
        store.update("DELETE DATA { GRAPH <urn:g1> { <" + C1 + "> <urn:p> 2 } }");
        assertThat(store.head().last()).isEqualTo(1);
        LogEntry entry = Txn.calculateRead(store.dataset, () -> ChangeLog.entry(store.dataset.asDatasetGraph(), 1))
                .orElseThrow();
        assertThat(entry.patch()).startsWith("H id <uuid:").contains("H seq \"1\"").contains("H time \"")
                .contains("H version ").contains("TX .\nA <" + C1 + "> <urn:p> 1 <urn:g1> .\nTC .");
        assertThat(entry.memberCount()).isEqualTo(1);
    }

    @Test
    void theLogIsInvisibleToQueriesOverTheUnionEveryNamedGraphAndTheDatasetsQuads() {
        store.update("INSERT DATA { GRAPH <urn:g1> { <" + C1 + "> <urn:p> 1 } }");
        assertThat(store.head().last()).isEqualTo(1);
        Dataset dataset = store.dataset;
        for (String query : List.of("SELECT * { ?s ?p ?o }", "SELECT * { GRAPH ?g { ?s ?p ?o } }",
                "SELECT * { VALUES ?g { <urn:x-arq:DefaultGraph> } GRAPH ?g { ?s ?p ?o } }",
                "SELECT * { BIND (IRI(CONCAT('urn:x-arq:', 'DefaultGraph')) AS ?g) GRAPH ?g { ?s ?p ?o } }",
                "SELECT * { GRAPH ?g { ?s ?p ?o } VALUES ?g { <urn:x-arq:DefaultGraph> } }")) {
            // Constant names of the storage graph are refused before execution (StorageGraphGuard); these are not.
            long rows = Txn.calculateRead(dataset, () -> RowSetOps.count(QueryExec.dataset(dataset.asDatasetGraph())
                    .query(query).select()));
            assertThat(rows).as(query).isLessThanOrEqualTo(1);
        }
        assertThat(Txn.calculateRead(dataset, () -> store.recorder.target().isEmpty())).isFalse();
        assertThat(Txn.calculateRead(dataset, () -> org.apache.jena.atlas.iterator.Iter.count(
                store.recorder.target().find()))).isEqualTo(1);
    }

    private ChangeLog.Retained retained() {
        return Txn.calculateRead(store.dataset, () -> ChangeLog.retained(store.dataset.asDatasetGraph()));
    }

    /** Every stream serves whole pages only: those that lost any member are gone, the others are served whole. */
    private void assertKeptInWholePages(ChangeLog.Retained kept) {
        Txn.executeRead(store.dataset, () -> {
            DatasetGraph log = store.dataset.asDatasetGraph();
            for (String kind : new String[] {null, "person", "organisation", "commitment"}) {
                FeedPages pages = new FeedPages(log, kind, "http://localhost/feed", PAGE);
                long first = pages.firstServed();
                assertThat(first % PAGE).as(kind).isZero();
                assertThat(first).as(kind).isGreaterThanOrEqualTo(pages.firstKept());
                if (kind == null) {
                    assertThat(first).isEqualTo(kept.firstMember());
                }
                if (first > 0) {
                    assertThat(pages.gone(first / PAGE - 1)).as(kind).isTrue();
                    assertThat(pages.page(first / PAGE - 1)).as(kind).isEmpty();
                }
                for (long k = first / PAGE; k * PAGE < pages.total(); k++) {
                    long members = org.apache.jena.atlas.iterator.Iter.count(pages.page(k).orElseThrow().content()
                            .find(Quad.defaultGraphIRI, Node.ANY, FeedTerms.member, Node.ANY));
                    assertThat(members).as(kind + " page " + k).isEqualTo(Math.min(PAGE, pages.total() - k * PAGE));
                }
            }
            assertThat(ChangeLog.member(log, kept.firstMember() - 1)).isEmpty();
            assertThat(ChangeLog.entry(log, kept.firstEntry() - 1)).isEmpty();
            assertThat(ChangeLog.entry(log, kept.firstEntry())).isPresent();
        });
    }

    private void assertFollowingFromTheSnapshotGivesTheStore(Model snapshot, Instant at, long fromPage) {
        DatasetGraph copy = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(copy, () -> org.apache.jena.riot.RDFParser.fromString(nquads(snapshot),
                org.apache.jena.riot.Lang.NQUADS).parse(copy));
        replayPages(copy, at, fromPage);
        assertThat(Models.isomorphic(Txn.calculateRead(copy, () -> LoggedStore.model(copy.find())), store.data()))
                .isTrue();
    }

    private int replayPages(DatasetGraph copy, Instant after) {
        return replayPages(copy, after, 0);
    }

    /** Replays every page of the whole stream, read as a client reads them; returns the members applied. */
    private int replayPages(DatasetGraph copy, Instant after, long from) {
        int applied = 0;
        for (long k = from; ; k++) {
            long page = k;
            FeedPages.Page found = Txn.calculateRead(store.dataset, () -> new FeedPages(
                    store.dataset.asDatasetGraph(), null, "http://localhost/feed", PAGE).page(page)).orElse(null);
            if (found == null) {
                return applied;
            }
            DatasetGraph received = LoggedStore.transported(found.content());
            applied += Txn.calculateWrite(copy, () -> FeedReplay.apply(received, copy,
                    (version, time) -> time.isAfter(after)));
        }
    }

    /** Updates, graph replacements, blank nodes, a deleted resource, a deleted graph, and random small writes. */
    static void writeMixedSequence(LoggedStore store, long seed) {
        writeFirstHalf(store);
        writeSecondHalf(store, new Random(seed));
    }

    private static void writeFirstHalf(LoggedStore store) {
        store.update("INSERT DATA { GRAPH <urn:g1> { <" + C1 + "> <urn:p> \"a\" ; <urn:q> _:b . _:b <urn:r> 1 }"
                + " GRAPH <urn:g2> { <" + O1 + "> <urn:p> \"o\" . <" + C1 + "> <urn:lead> <" + O1 + "> } }");
        store.update("DELETE { GRAPH ?g { ?s <urn:p> ?o } } INSERT { GRAPH ?g { ?s <urn:p> \"b\" } }"
                + " WHERE { GRAPH ?g { ?s <urn:p> ?o } FILTER (?s = <" + C1 + ">) }");
        store.write(target -> {
            Node g3 = NodeFactory.createURI("urn:g3");
            target.removeGraph(g3);
            for (int i = 0; i < 6; i++) {
                target.add(g3, NodeFactory.createURI(LoggedStore.BASE + "id/person/p" + i),
                        NodeFactory.createURI("urn:name"), NodeFactory.createLiteralString("P" + i));
            }
        });
        store.update("INSERT DATA { GRAPH <urn:g1> { <" + C1 + "> <urn:q> [ <urn:r> 2 ; <urn:s> [ <urn:t> 3 ] ] } }");
    }

    private static void writeSecondHalf(LoggedStore store, Random random) {
        // A deleted resource, blank nodes and all.
        store.update("DELETE WHERE { GRAPH <urn:g1> { <" + C1 + "> <urn:q> ?b . ?b <urn:r> ?x } } ;"
                + " DELETE WHERE { GRAPH <urn:g1> { ?b2 <urn:t> ?y } } ;"
                + " DELETE WHERE { GRAPH <urn:g1> { ?b3 <urn:s> ?z } } ;"
                + " DELETE WHERE { GRAPH ?g { <" + C1 + "> ?p ?o } }");
        // A deleted graph (GSP DELETE).
        store.write(target -> target.removeGraph(NodeFactory.createURI("urn:g2")));
        List<String> writes = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String s = "<" + LoggedStore.BASE + "id/person/p" + random.nextInt(8) + ">";
            String g = "<urn:g" + (1 + random.nextInt(3)) + ">";
            writes.add(switch (random.nextInt(4)) {
                case 0 -> "DELETE WHERE { GRAPH " + g + " { " + s + " ?p ?o } }";
                case 1 -> "DROP SILENT GRAPH " + g;
                default -> "INSERT DATA { GRAPH " + g + " { " + s + " <urn:v> " + random.nextInt(5) + " } }";
            });
        }
        writes.forEach(store::update);
        store.update("INSERT DATA { GRAPH <urn:g4> { <" + O1 + "> <urn:p> \"back\" } }");
    }

    private static String nquads(Model model) {
        java.io.StringWriter out = new java.io.StringWriter();
        org.eclipse.rdf4j.rio.Rio.write(model, out, org.eclipse.rdf4j.rio.RDFFormat.NQUADS);
        return out.toString();
    }

}
