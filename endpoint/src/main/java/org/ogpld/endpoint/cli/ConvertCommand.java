package org.ogpld.endpoint.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.ogpld.model.io.Input;
import org.ogpld.model.publish.RdfFormat;
import org.ogpld.vocab.Vocab;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ogpld convert FILE… --to FORMAT}: writes files in another RDF syntax. Publications (authoring files, OGP
 * spreadsheets, Popolo) are validated first and nothing is written if any is invalid; RDF files are converted as
 * they are. Several files go into one output: each in its own graph for TriG and N-Quads, merged otherwise.
 */
@Command(name = "convert",
        mixinStandardHelpOptions = true,
        description = {"Convert files to an RDF syntax, validating publications first (nothing is written if any is"
                + " invalid).",
            CommonOptions.FILES,
            "Output: standard output, or -o FILE (written whole or not at all)."},
        footer = {"", "Examples:", "  ogpld convert round-table.yaml --to ttl",
            "  ogpld convert round-table.yaml --to jsonld --frame event -o round-table.jsonld",
            "  ogpld convert a.ttl b.trig --to nq > all.nq"})
final class ConvertCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions options;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to convert.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--to", required = true, paramLabel = "FORMAT", description = "ttl, nt, nq, trig, rdf or jsonld.")
    String to;

    @Mixin
    OutputOptions target;

    @Override
    public Integer call() {
        RdfFormat format = target.format(to);
        Report report = new Report(spec.commandLine().getErr());
        Path current = files.get(0);
        try {
            DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
            for (Path file : files) {
                current = file;
                Input input = options.read(file);
                report.rejected(input.problems());
                input.toDataset(options.publisher(), Optional.empty()).find().forEachRemaining(dataset::add);
            }
            target.write(out -> write(dataset, format, out));
            return ExitCodes.OK;
        } catch (Exception e) {
            return report.invalidInput(current, e);
        } finally {
            spec.commandLine().getErr().flush();
        }
    }

    private void write(DatasetGraph dataset, RdfFormat format, java.io.OutputStream out) {
        if (format.quads()) {
            dataset.prefixes().putAll(Vocab.prefixes());
            RDFDataMgr.write(out, dataset, format.lang());
            return;
        }
        Model union = ModelFactory.createDefaultModel();
        dataset.find().forEachRemaining(q -> union.getGraph().add(q.asTriple()));
        String graph = dataset.listGraphNodes().hasNext() ? dataset.listGraphNodes().next().getURI()
                : options.iris().graph("default");
        options.publisher().writeRdf(union, graph, format, target.frame, out);
    }
}
