package org.ogpld.endpoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogpld.endpoint.OgpldProperties;
import org.ogpld.endpoint.changes.ChangeRecorder;

/** {@code ogpld log}: lists a store's entries, prints one patch, and replays them into a copy of the store. */
class LogCommandTest {

    private static final String C1 = OgpldProperties.CANONICAL_BASE + "id/commitment/c1";

    @TempDir
    Path temp;

    @Test
    void listsShowsAndReplaysTheEntriesOfAStore() {
        Path store = temp.resolve("store");
        write(store, "INSERT DATA { GRAPH <urn:g1> { <" + C1 + "> <urn:p> 1, 2 } GRAPH <urn:g2> { <urn:s> <urn:p> 3 }"
                + " }", "DELETE DATA { GRAPH <urn:g1> { <" + C1 + "> <urn:p> 2 } }", "DROP GRAPH <urn:g2>");

        Cli list = Cli.run("log", "list", "--store", store.toString());
        assertThat(list.code()).as(list.err()).isEqualTo(ExitCodes.OK);
        assertThat(list.out()).contains("1\t").contains("3 entries");
        Cli show = Cli.run("log", "show", "2", "--store", store.toString());
        assertThat(show.out()).contains("TX .\nD <" + C1 + "> <urn:p> 2 <urn:g1> .\nTC .");
        assertThat(Cli.run("log", "show", "9", "--store", store.toString()).code()).isEqualTo(ExitCodes.INVALID_INPUT);

        Path copy = temp.resolve("copy");
        Cli replay = Cli.run("log", "replay", "--store", store.toString(), "--into", copy.toString());
        assertThat(replay.code()).as(replay.err()).isEqualTo(ExitCodes.OK);
        assertThat(quads(copy)).isEqualTo(quads(store)).isEqualTo(1);
    }

    @Test
    void compactsTheOldestEntriesAndThenRefusesToReplayWhatIsGone() {
        Path store = temp.resolve("store");
        write(store, "INSERT DATA { GRAPH <urn:g1> { <" + C1 + "> <urn:p> 1 } }",
                "INSERT DATA { GRAPH <urn:g1> { <" + C1 + "> <urn:p> 2 } }",
                "INSERT DATA { GRAPH <urn:g1> { <" + C1 + "> <urn:p> 3 } }",
                "INSERT DATA { GRAPH <urn:g1> { <" + C1 + "> <urn:p> 4 } }");

        assertThat(Cli.run("log", "compact", "--store", store.toString()).code()).isEqualTo(ExitCodes.USAGE);
        Cli compact = Cli.run("log", "compact", "--store", store.toString(), "--retain-entries", "2", "--page-size",
                "1");
        assertThat(compact.code()).as(compact.err()).isEqualTo(ExitCodes.OK);
        assertThat(compact.out()).contains("Dropped 2 entries and 2 stream members").contains("entries from 3");
        Cli list = Cli.run("log", "list", "--store", store.toString());
        assertThat(list.out()).contains("Entries 1 to 2 were compacted away").contains("3\t").contains("4\t")
                .doesNotContain("\n1\t");
        assertThat(Cli.run("log", "show", "1", "--store", store.toString()).code()).isEqualTo(ExitCodes.INVALID_INPUT);
        Cli replay = Cli.run("log", "replay", "--store", store.toString(), "--into", temp.resolve("copy").toString());
        assertThat(replay.code()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(replay.err()).contains("compacted away");
        assertThat(quads(store)).isEqualTo(4);
    }

    private static void write(Path folder, String... updates) {
        Dataset dataset = TDB2Factory.connectDataset(folder.toString());
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        ChangeRecorder recorder = new ChangeRecorder(dataset, OgpldProperties.CANONICAL_BASE);
        try {
            for (String update : updates) {
                dataset.begin(TxnType.WRITE);
                recorder.begin();
                try {
                    DatasetGraph target = recorder.target();
                    UpdateExec.dataset(target).update(update).execute();
                    recorder.beforeCommit();
                    dataset.commit();
                } finally {
                    dataset.end();
                    recorder.end();
                }
            }
        } finally {
            TDBInternal.expel(dataset.asDatasetGraph());
        }
    }

    private static long quads(Path folder) {
        Dataset dataset = TDB2Factory.connectDataset(folder.toString());
        try {
            return Txn.calculateRead(dataset, () -> org.apache.jena.atlas.iterator.Iter.count(
                    dataset.asDatasetGraph().findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY)));
        } finally {
            TDBInternal.expel(dataset.asDatasetGraph());
        }
    }
}
