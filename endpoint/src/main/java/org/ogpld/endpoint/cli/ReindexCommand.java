package org.ogpld.endpoint.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.ogpld.endpoint.search.TextIndexes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code ogpld reindex --store DIR}: rebuilds the store's full-text index from the store, in one Lucene commit (a
 * search meanwhile sees the old index). The server does it by itself when it finds the index missing, empty or
 * marked stale; this is for doing it on purpose, with the server stopped.
 */
@Command(name = "reindex",
        mixinStandardHelpOptions = true,
        description = {"Rebuild the full-text index of the endpoint's TDB2 store from the store.",
            "Stop the endpoint first: a store is used by one process at a time."},
        footer = {"", "Example:", "  ogpld reindex --store ./data/ogp"})
final class ReindexCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--store", required = true, paramLabel = "DIR", description = "The TDB2 store folder, as the "
            + "endpoint's ogpld.store.location.")
    Path store;

    @Override
    public Integer call() {
        Report report = new Report(spec.commandLine().getErr());
        if (!Files.isDirectory(store)) {
            return report.invalidInput(store, new IllegalArgumentException("no store folder here"));
        }
        DatasetGraph dataset = DatabaseMgr.connectDatasetGraph(store.toString());
        TextIndexLucene index = TextIndexes.open(store);
        try {
            long documents = Txn.calculateRead(dataset, () -> TextIndexes.rebuild(dataset, index));
            Files.deleteIfExists(store.resolve(TextIndexes.STALE_MARKER));
            spec.commandLine().getOut().printf("Text index of %s rebuilt: %,d documents%n", store, documents);
            return ExitCodes.OK;
        } catch (Exception e) {
            return report.invalidInput(store, e);
        } finally {
            index.close();
            TDBInternal.expel(dataset);
            spec.commandLine().getOut().flush();
        }
    }
}
