package org.ogpld.endpoint.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.ogpld.model.io.Input;
import org.ogpld.model.io.InputKind;
import org.ogpld.model.io.InputSource;
import org.ogpld.model.publish.RdfFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ogpld import ogp-csv|popolo FILE}: imports an OGP commitments spreadsheet or a Popolo file, validates the
 * result and writes it as RDF (TriG by default, in the graph named by its source: the sheet's file name and content
 * digest, a Popolo file's legislature and content digest; or the graph {@code --graph} names).
 */
@Command(name = "import",
        mixinStandardHelpOptions = true,
        description = {"Import an OGP commitments spreadsheet (ogp-csv) or a Popolo JSON file (popolo) and write it"
                + " as RDF, validated, to standard output or -o FILE.",
            "By default a file with any bad record imports nothing; --lenient imports the good records and lists "
                + "the others on standard error.",
            "Exit code 0 if imported, 1 for invalid input, 2 for a wrong command line."},
        footer = {"", "Examples:", "  ogpld import ogp-csv open_parliament_0703.csv > commitments.trig",
            "  ogpld import popolo ep-popolo-v1.0.json --to ttl -o assembly.ttl",
            "  ogpld import ogp-csv sheet.csv --lenient --base https://data.example.org/ --to nq"})
final class ImportCommand implements Callable<Integer> {

    /** The formats this command imports. */
    enum Source {
        OGP_CSV("ogp-csv", InputKind.SHEET), POPOLO("popolo", InputKind.POPOLO);

        private final String name;
        private final InputKind kind;

        Source(String name, InputKind kind) {
            this.name = name;
            this.kind = kind;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions options;

    @Parameters(index = "0", paramLabel = "ogp-csv|popolo", converter = SourceConverter.class,
            description = "What FILE is: an OGP commitments spreadsheet (ogp-csv) or Popolo JSON (popolo).")
    Source source;

    @Parameters(index = "1", paramLabel = "FILE", description = "The file to import.")
    Path file;

    @Option(names = "--to", defaultValue = "trig", paramLabel = "FORMAT", description = "ttl, nt, nq, trig, rdf or jsonld (default: ${DEFAULT-VALUE}).")
    String to;

    @Mixin
    OutputOptions target;

    @Option(names = "--graph", paramLabel = "IRI", description = "The graph to write the import into, with --to trig"
            + " or nq (default: the graph named by the file's source: its legislature or sheet and content digest).")
    String graph;

    @Override
    public Integer call() {
        RdfFormat format = target.format(to);
        if (graph != null && !format.quads()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--graph needs a format with graphs: --to "
                    + "trig or nq");
        }
        Report report = new Report(spec.commandLine().getErr());
        long start = System.nanoTime();
        try {
            Input input = options.reader().read(InputSource.of(file), source.kind);
            report.rejected(input.problems());
            Optional<String> into = Optional.ofNullable(graph);
            DatasetGraph dataset = input.toDataset(options.publisher(), into);
            Node graphName = input.graph(options.iris(), into);
            Model model = ModelFactory.createModelForGraph(dataset.getGraph(graphName));
            target.write(out -> options.publisher().writeRdf(model, graphName.getURI(), format, target.frame, out));
            report.line(String.format(java.util.Locale.ROOT, "Imported %,d statements from %s into <%s> (%s) in %.1f s", model.size(), file,
                    graphName.getURI(), target.output.map(Path::toString).orElse("standard output"),
                    (System.nanoTime() - start) / 1e9));
            return ExitCodes.OK;
        } catch (Exception e) {
            return report.invalidInput(file, e);
        } finally {
            spec.commandLine().getErr().flush();
        }
    }

    /** Reads {@code ogp-csv} or {@code popolo}. */
    static final class SourceConverter implements CommandLine.ITypeConverter<Source> {
        @Override
        public Source convert(String value) {
            for (Source source : Source.values()) {
                if (source.name.equals(value)) {
                    return source;
                }
            }
            throw new CommandLine.TypeConversionException("'" + value + "' is not ogp-csv or popolo");
        }
    }
}
