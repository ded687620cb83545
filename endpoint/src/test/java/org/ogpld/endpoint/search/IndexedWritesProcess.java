package org.ogpld.endpoint.search;

import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;

/**
 * The store and its text index as the server opens them ({@link StoreTextIndex}), written through the index's view
 * as every server write is, run as a process of its own by {@code TextIndexCrashIT} to be killed: it writes until
 * killed and prints {@code ACK n} once write {@code n} has committed. Write {@code n} names 40 resources
 * {@code <urn:r:n:i>} with the word {@link #word(long)}, in one of three graphs; every third write also deletes the
 * resources of write {@code n - 2}, so that deletions are cut too.
 */
public final class IndexedWritesProcess {

    static final int RESOURCES = 40;

    private IndexedWritesProcess() {
    }

    public static void main(String[] args) {
        Dataset dataset = TDB2Factory.connectDataset(args[0]);
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        StoreTextIndex text = new StoreTextIndex(dataset);
        long next = Txn.calculateRead(dataset, () -> org.apache.jena.atlas.iterator.Iter.count(
                dataset.asDatasetGraph().find(NodeFactory.createURI("urn:acks"), Node.ANY, Node.ANY, Node.ANY)));
        for (long n = next; ; n++) {
            long write = n;
            Txn.executeWrite(dataset, () -> write(text, write));
            System.out.println("ACK " + n);
            System.out.flush();
        }
    }

    /**
     * The word of write {@code n}: its digits apart ({@code w1x2} for 12), as the index folds repeated letters
     * ({@code w11} would find {@code w1}).
     */
    static String word(long n) {
        return "w" + String.join("x", Long.toString(n).split(""));
    }

    private static void write(StoreTextIndex text, long n) {
        StringBuilder insert = new StringBuilder("INSERT DATA { GRAPH <urn:acks> { <urn:s:" + n + "> <urn:p> " + n
                + " } GRAPH <urn:g" + n % 3 + "> {\n");
        for (int i = 0; i < RESOURCES; i++) {
            insert.append("<urn:r:").append(n).append(':').append(i).append("> <https://schema.org/name> \"")
                    .append(word(n)).append(" Cəfərov ").append(i)
                    .append("\"@az ; <http://purl.org/dc/terms/description> \"")
                    .append(word(n)).append(" item ").append(i).append(" of a write\" .\n");
        }
        UpdateExec.dataset(text.writeView()).update(insert.append("} }").toString()).execute();
        if (n % 3 == 0 && n >= 2) {
            UpdateExec.dataset(text.writeView()).update("DELETE { GRAPH ?g { ?r ?p ?o } } WHERE { GRAPH ?g { ?r ?p ?o "
                    + "FILTER(STRSTARTS(STR(?r), \"urn:r:" + (n - 2) + ":\")) } }").execute();
        }
    }
}
