package org.ogpld.endpoint.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.ogpld.endpoint.KilledWriter;

/**
 * {@code kill -9} of a process writing through the store's text index ({@link IndexedWritesProcess}), a few times
 * on one store: after each, the store opened as the server opens it has a text index that agrees with it: every
 * word of every write finds, by {@code text:query}, exactly the resources the store names with it, and the index
 * holds one document per indexed statement, no more. Each cycle kills a process in the middle of its stream of
 * writes of 80 indexed statements each (inserts, and deletions every third write).
 */
@Execution(ExecutionMode.CONCURRENT)
class TextIndexCrashIT {

    private static final int CYCLES = Integer.getInteger("ogpld.crash.text-cycles", 4);

    @TempDir
    Path temp;

    @Test
    void afterEachKillTheTextIndexFindsExactlyWhatTheStoreHolds() throws Exception {
        Path store = temp.resolve("store");
        Random random = new Random(18);
        Set<Long> acknowledged = new HashSet<>();
        int rebuilt = 0;
        for (int cycle = 0; cycle < CYCLES; cycle++) {
            acknowledged.addAll(KilledWriter.runUntilKilled(IndexedWritesProcess.class, store,
                    3 + random.nextInt(12)));
            rebuilt += Files.exists(store.resolve(TextIndexes.STALE_MARKER)) ? 1 : 0;
            Dataset dataset = TDB2Factory.connectDataset(store.toString());
            dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
            StoreTextIndex text = new StoreTextIndex(dataset);
            try {
                Set<Long> present = Txn.calculateRead(dataset, () -> acks(dataset));
                assertThat(present).as("cycle " + cycle).containsAll(acknowledged);
                assertThat(present.size()).as("only the write in flight may be unacknowledged")
                        .isBetween(acknowledged.size(), acknowledged.size() + 1);
                assertIndexAgrees(dataset, text, present.size(), cycle);
                acknowledged.addAll(present);
            } finally {
                text.destroy();
                TDBInternal.expel(dataset.asDatasetGraph());
            }
        }
        System.out.printf("TextIndexCrashIT: %d kill -9 cycles, %d writes acknowledged, %d kills left the marker"
                + " (index rebuilt), index and store agreed after each%n", CYCLES, acknowledged.size(), rebuilt);
    }

    /** Every write's word (also of the write in flight and the next) finds what the store names with it. */
    private static void assertIndexAgrees(Dataset dataset, StoreTextIndex text, int writes, int cycle) {
        Txn.executeRead(dataset, () -> {
            Map<String, Set<String>> named = new TreeMap<>();
            long statements = 0;
            for (Node property : TextIndexes.PROPERTIES) {
                var quads = dataset.asDatasetGraph().find(Node.ANY, Node.ANY, property, Node.ANY);
                while (quads.hasNext()) {
                    Quad quad = quads.next();
                    statements++;
                    String word = quad.getObject().getLiteralLexicalForm().split(" ")[0];
                    named.computeIfAbsent(word, w -> new HashSet<>()).add(quad.getSubject().getURI());
                }
            }
            for (long n = 0; n <= writes + 1; n++) {
                String word = IndexedWritesProcess.word(n);
                assertThat(found(dataset, word)).as("cycle " + cycle + ": " + word)
                        .isEqualTo(named.getOrDefault(word, Set.of()));
            }
            assertThat(text.index().getIndexWriter().getDocStats().numDocs).as("cycle " + cycle + ": documents")
                    .isEqualTo(statements);
        });
    }

    private static Set<String> found(Dataset dataset, String word) {
        Set<String> subjects = new HashSet<>();
        try (QueryExec exec = QueryExec.dataset(dataset.asDatasetGraph()).query("PREFIX text: "
                + "<http://jena.apache.org/text#> SELECT ?s { ?s text:query ('" + word + "' 1000) }").build()) {
            exec.select().forEachRemaining(row -> subjects.add(row.get("s").getURI()));
        }
        return subjects;
    }

    private static Set<Long> acks(Dataset dataset) {
        Set<Long> numbers = new HashSet<>();
        dataset.asDatasetGraph().find(NodeFactory.createURI("urn:acks"), Node.ANY, Node.ANY, Node.ANY)
                .forEachRemaining(q -> numbers.add(Long.parseLong(q.getObject().getLiteralLexicalForm())));
        return numbers;
    }
}
