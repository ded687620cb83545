package org.ogpld.endpoint.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.SKOS;
import org.ogpld.endpoint.reconcile.Linkset;
import org.ogpld.endpoint.reconcile.ReconcileProperties;
import org.ogpld.endpoint.store.StoreBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code ogpld link --store DIR}: proposes links between resources of different sources that are the same thing
 * and publishes them, replacing the previous proposal, in the graph {@code {base}graph/reconciliation-links} with
 * their scores, evidence and VoID description; {@code --dry-run} writes that graph as Turtle instead.
 */
@Command(name = "link",
        mixinStandardHelpOptions = true,
        description = {"Propose links between resources of different sources (named graphs) that are the same thing: "
                + "owl:sameAs above a high score with unambiguous evidence, skos:closeMatch below it, each with its "
                + "score and evidence, in the graph {base}graph/reconciliation-links (replaced), described in VoID. "
                + "Stop the endpoint first: a store is used by one process at a time."},
        footer = {"", "Examples:", "  ogpld link --store ./data/ogp", "  ogpld link --store ./data/ogp --dry-run"})
final class LinkCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions options;

    @Option(names = "--store", required = true, paramLabel = "DIR", description = "The TDB2 store folder, as the "
            + "endpoint's ogpld.store.location.")
    Path store;

    @Option(names = "--dry-run", description = "Write the proposed linkset graph as Turtle to standard output and "
            + "leave the store unchanged.")
    boolean dryRun;

    @Override
    public Integer call() {
        Report report = new Report(spec.commandLine().getErr());
        if (!Files.isDirectory(store)) {
            throw new ParameterException(spec.commandLine(), "--store: no store folder at " + store);
        }
        String base = options.iris().base();
        try {
            StoreBase.require(store, base, false);
            Dataset dataset = TDB2Factory.connectDataset(store.toString());
            try {
                Model links = Txn.calculateRead(dataset, () -> Linkset.propose(dataset.asDatasetGraph(), base,
                        ReconcileProperties.defaults(), Instant.now()));
                if (dryRun) {
                    PrintWriter out = spec.commandLine().getOut();
                    links.write(out, Lang.TURTLE.getName());
                    out.flush();
                } else {
                    Txn.executeWrite(dataset, () -> replace(dataset.asDatasetGraph(), Linkset.graph(base), links));
                }
                PrintWriter err = spec.commandLine().getErr();
                err.printf("%d owl:sameAs and %d skos:closeMatch proposed%s%n",
                        links.listStatements(null, OWL.sameAs, (org.apache.jena.rdf.model.RDFNode) null).toList().size(),
                        links.listStatements(null, SKOS.closeMatch, (org.apache.jena.rdf.model.RDFNode) null).toList()
                                .size(), dryRun ? "" : " in <" + Linkset.graph(base) + ">");
                err.flush();
            } finally {
                TDBInternal.expel(dataset.asDatasetGraph());
            }
            return ExitCodes.OK;
        } catch (RuntimeException e) {
            return report.invalidInput(store, e);
        }
    }

    private static void replace(DatasetGraph dataset, String graph, Model links) {
        var name = NodeFactory.createURI(graph);
        dataset.removeGraph(name);
        links.getGraph().find().forEachRemaining(t -> dataset.add(name, t.getSubject(), t.getPredicate(),
                t.getObject()));
    }
}
