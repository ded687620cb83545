package org.ogpld.endpoint.changes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.eclipse.rdf4j.model.util.Models;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.ogpld.endpoint.KilledWriter;
import org.ogpld.endpoint.store.LoggedWritesProcess;

/**
 * {@code kill -9} of a process writing through the endpoint's write path ({@link LoggedWritesProcess}), 20 times
 * on one store: after each, the store and its change log agree (replaying every entry's patch into an empty store
 * gives the store's data), every acknowledged write is in both, and a write the kill left unacknowledged is in
 * both or in neither.
 */
@Execution(ExecutionMode.CONCURRENT)
class ChangeLogCrashIT {

    private static final int CYCLES = Integer.getInteger("ogpld.crash.log-cycles", 20);

    @TempDir
    Path temp;

    @Test
    void afterEachKillTheLogAndTheStoreAgreeOnEveryAcknowledgedWrite() throws Exception {
        Path store = temp.resolve("store");
        Random random = new Random(19);
        Set<Long> acknowledged = new HashSet<>();
        // Entries are never rewritten: each cycle replays only the entries the last one added.
        DatasetGraph replayed = DatasetGraphFactory.createTxnMem();
        int entriesReplayed = 0;
        for (int cycle = 0; cycle < CYCLES; cycle++) {
            // A few writes a cycle: the kill lands in whichever write comes next, and starting the JVM is the cost.
            acknowledged.addAll(KilledWriter.runUntilKilled(LoggedWritesProcess.class, store,
                    1 + random.nextInt(6)));
            Dataset dataset = TDB2Factory.connectDataset(store.toString());
            try {
                Set<Long> present = present(dataset);
                assertThat(present).as("cycle " + cycle).containsAll(acknowledged);
                assertThat(present.size()).as("only the write in flight may be unacknowledged")
                        .isBetween(acknowledged.size(), acknowledged.size() + 1);
                assertLogAgrees(dataset, replayed, entriesReplayed, present.size());
                entriesReplayed = present.size();
                acknowledged.addAll(present);
            } finally {
                TDBInternal.expel(dataset.asDatasetGraph());
            }
        }
        System.out.printf("ChangeLogCrashIT: %d kill -9 cycles, %d writes acknowledged, log and store agreed after"
                + " each%n", CYCLES, acknowledged.size());
    }

    private static Set<Long> present(Dataset dataset) {
        return Txn.calculateRead(dataset, () -> {
            Set<Long> numbers = new HashSet<>();
            dataset.asDatasetGraph().find(NodeFactory.createURI("urn:acks"), Node.ANY, Node.ANY, Node.ANY)
                    .forEachRemaining(q -> numbers.add(Long.parseLong(q.getObject().getLiteralLexicalForm())));
            return numbers;
        });
    }

    /**
     * One entry per write, and the entries' patches replayed from nothing give the store's data: {@code replayed}
     * holds entries 1 to {@code from}; the rest are replayed into it.
     */
    private static void assertLogAgrees(Dataset dataset, DatasetGraph replayed, int from, int writes) {
        Txn.executeRead(dataset, () -> {
            DatasetGraph store = dataset.asDatasetGraph();
            assertThat(ChangeLog.head(store).last()).isEqualTo(writes);
            for (long seq = from + 1; seq <= writes; seq++) {
                ChangeLog.replay(ChangeLog.entry(store, seq).orElseThrow(), replayed);
            }
        });
        assertThat(Models.isomorphic(Txn.calculateRead(replayed, () -> LoggedStore.model(replayed.find())),
                Txn.calculateRead(dataset, () -> LoggedStore.model(dataset.asDatasetGraph().findNG(Node.ANY,
                        Node.ANY, Node.ANY, Node.ANY))))).isTrue();
    }
}
