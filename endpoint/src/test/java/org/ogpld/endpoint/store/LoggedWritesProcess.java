package org.ogpld.endpoint.store;

import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.system.Txn;

/**
 * The endpoint's write path without the web layer ({@link StoreWrites} and its change log on a TDB2 folder), run as
 * a process of its own by {@code ChangeLogCrashIT} to be killed: it writes until killed (or, given a second
 * argument, that many writes), and prints {@code ACK n} once write {@code n} has committed. Write {@code n} adds {@code <urn:s:n> <urn:p> n} to
 * {@code <urn:acks>}; every third also replaces a graph of 200 triples, every fifth deletes one.
 */
public final class LoggedWritesProcess {

    private LoggedWritesProcess() {
    }

    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        FolderWrites store = FolderWrites.open(folder);
        Dataset dataset = store.dataset();
        StoreWrites writes = store.writes();
        long next = Txn.calculateRead(dataset, () -> org.apache.jena.atlas.iterator.Iter.count(
                dataset.asDatasetGraph().find(NodeFactory.createURI("urn:acks"), Node.ANY, Node.ANY, Node.ANY)));
        long last = args.length > 1 ? next + Long.parseLong(args[1]) : Long.MAX_VALUE;
        for (long n = next; n < last; n++) {
            long write = n;
            writes.write(() -> write(writes, write));
            System.out.println("ACK " + n);
            System.out.flush();
        }
    }

    private static void write(StoreWrites writes, long n) {
        UpdateExec.dataset(writes.target()).update("INSERT DATA { GRAPH <urn:acks> { <urn:s:" + n + "> <urn:p> " + n
                + " } }").execute();
        Node graph = NodeFactory.createURI("urn:g" + n % 7);
        if (n % 3 == 0) {
            writes.target().removeGraph(graph);
            for (int i = 0; i < 200; i++) {
                writes.target().add(graph, NodeFactory.createURI("urn:r" + i), NodeFactory.createURI("urn:v"),
                        NodeFactory.createLiteralString(n + " " + "x".repeat(i % 50)));
            }
        } else if (n % 5 == 0) {
            writes.target().removeGraph(graph);
        }
    }
}
