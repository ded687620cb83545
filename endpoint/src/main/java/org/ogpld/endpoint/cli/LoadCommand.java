package org.ogpld.endpoint.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.ogpld.endpoint.search.TextIndexes;
import org.ogpld.endpoint.store.StoreBase;
import org.ogpld.endpoint.store.VocabularyGraph;
import org.ogpld.model.io.Input;
import org.ogpld.model.io.InputSource;
import org.ogpld.model.io.IntoGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ogpld load FILE… --store DIR}: bulk-loads files into the TDB2 store the endpoint serves, all of them in
 * one bulk load ({@link BulkLoad}): either every file is loaded, or (on any error) nothing is. Into a store that
 * holds data, the load is one entry of the store's change log, which {@code /feed} publishes.
 * Publications are validated before the store is touched; RDF files stream straight in. Each source goes to a
 * graph of its own: a publication to the graph named by its source (an import's legislature or sheet and content
 * digest, an authored file's publication), an RDF file's triples to {@code {base}graph/{slug of the file name}}
 * (quads keep their graphs), or with {@code --graph IRI} to that graph. A second, different source for a graph
 * the store already fills is refused; so is a resource that would merge with a different thing ({@link
 * SourceChecks}), unless {@code --on-conflict split}.
 */
@Command(name = "load",
        mixinStandardHelpOptions = true,
        description = {"Bulk-load files into the endpoint's TDB2 store: all or nothing (a new store is built aside, "
                + "then moved in).",
            CommonOptions.FILES + " Stop the endpoint first: a store is used by one process at a time.",
            "On a terminal a progress bar shows statements per second and the time left; it ends with one line: "
                + "what was loaded, where, how long."},
        footer = {"", "Examples:", "  ogpld load data/*.ttl --store ./data/ogp",
            "  ogpld load open_parliament_0703.csv ep-popolo-v1.0.json --store /var/lib/ogpld --base https://data.example.org/"})
final class LoadCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions options;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to load.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--store", required = true, paramLabel = "DIR", description = "The TDB2 store folder (created if"
            + " missing), as the endpoint's ogpld.store.location.")
    Path store;

    @Option(names = "--graph", paramLabel = "IRI", description = "The graph to load the one FILE into (default: the "
            + "graph named by the file's source).")
    String graph;

    @Option(names = "--on-conflict", defaultValue = "refuse", paramLabel = "refuse|split",
            description = "When a resource of a file has the IRI of a different thing in the store (another "
                    + "Wikidata id, OGP member code or birth date): refuse the load (default), or split: give it an"
                    + " IRI of its own and record a skos:closeMatch candidate link in {base}graph/candidate-links.")
    String onConflict;

    @Override
    public Integer call() {
        Report report = new Report(spec.commandLine().getErr());
        Path current = files.get(0);
        validateOptions();
        try {
            List<Loadable> loadables = new ArrayList<>();
            for (Path file : files) {
                current = file;
                loadables.add(prepare(file, report));
            }
            current = store;
            loadables = checked(loadables);
            Progress progress = new Progress(System.console() == null ? null : spec.commandLine().getErr(),
                    loadables.stream().mapToLong(Loadable::size).sum());
            load(loadables, progress);
            // The load writes past the text index: the server rebuilds it when it next starts.
            TextIndexes.markStale(store);
            progress.finish();
            report.line(String.format(Locale.ROOT, "Loaded %,d statements from %d file(s) into %s in %.1f s",
                    progress.statements(), files.size(), store, progress.elapsed().toMillis() / 1000.0));
            return ExitCodes.OK;
        } catch (FileFailure e) {
            return report.invalidInput(e.file, e.getCause());
        } catch (SourceChecks.Refused e) {
            return report.invalidInput(e.file(), e);
        } catch (Exception e) {
            return report.invalidInput(current, e);
        } finally {
            spec.commandLine().getErr().flush();
        }
    }

    /**
     * A file ready to load: RDF ({@code rdf}) streams from disk; a publication is validated and mapped first, by
     * the model's input pipeline, into {@code publication}.
     */
    private record Loadable(Path file, Input.Rdf rdf, Model publication, Node graph, long size) {
    }

    private void validateOptions() {
        if (graph != null && files.size() != 1) {
            throw new ParameterException(spec.commandLine(), "--graph names the graph of one file; " + files.size()
                    + " files were given");
        }
        if (graph != null && !java.net.URI.create(graph.replace(" ", "%20")).isAbsolute()) {
            throw new ParameterException(spec.commandLine(), "--graph must be an absolute IRI, not '" + graph + "'");
        }
        if (!onConflict.equals("refuse") && !onConflict.equals("split")) {
            throw new ParameterException(spec.commandLine(), "--on-conflict must be refuse or split, not '"
                    + onConflict + "'");
        }
    }

    private Loadable prepare(Path file, Report report) throws IOException {
        long size = Files.size(file);
        Input input = options.read(file);
        report.rejected(input.problems());
        Node into = input.graph(options.iris(), Optional.ofNullable(graph));
        if (input instanceof Input.Rdf rdf) {
            return new Loadable(file, rdf, null, into, size);
        }
        DatasetGraph publication = input.toDataset(options.publisher(), Optional.ofNullable(graph));
        return new Loadable(file, null, ModelFactory.createModelForGraph(publication.getGraph(into)), into, size);
    }

    /** The files that pass {@link SourceChecks}, and the candidate links of those split. */
    private List<Loadable> checked(List<Loadable> loadables) throws IOException {
        SourceChecks checks = new SourceChecks(options.iris(), onConflict.equals("split"));
        SourceChecks.Checked checked = checks.check(loadables.stream().map(l -> new SourceChecks.Source(
                l.file(), l.graph(), l.publication())).toList(), store, !AsideLoad.applies(store));
        List<Path> kept = checked.sources().stream().map(SourceChecks.Source::file).toList();
        List<Loadable> load = new ArrayList<>(loadables.stream().filter(l -> kept.contains(l.file())).toList());
        if (!checked.candidateLinks().isEmpty()) {
            load.add(new Loadable(null, null, checked.candidateLinks(), checks.candidateLinksGraph(), 0));
        }
        if (load.stream().anyMatch(l -> l.publication() != null)) {
            // As the server's initial load: mapped data comes with the vocabulary that labels its codes.
            String vocabulary = VocabularyGraph.name(options.iris().base());
            load.add(new Loadable(null, null, ModelFactory.createModelForGraph(VocabularyGraph.content(vocabulary)),
                    NodeFactory.createURI(vocabulary), 0));
        }
        return load;
    }

    /** Every file, with the bulk load that suits the store folder: all or nothing either way. */
    private void load(List<Loadable> loadables, Progress progress) throws IOException {
        String base = options.iris().base();
        StoreBase.require(store, base, false);
        boolean fresh = AsideLoad.applies(store);
        BulkLoad.into(store, base).run(destination -> {
            StreamRDF counted = progress.counting(destination);
            for (Loadable loadable : loadables) {
                loadOne(loadable, counted, progress);
            }
        });
        // A store this load created holds only what it minted under --base; an older store is checked by the server.
        StoreBase.require(store, base, fresh);
    }

    private static void loadOne(Loadable loadable, StreamRDF destination, Progress progress) throws IOException {
        if (loadable.rdf() != null) {
            InputSource file = loadable.rdf().source();
            InputSource counted = new InputSource(file.location(), file.fileName(), file.base(),
                    () -> new Counted(file.opener().open(), progress));
            try {
                new Input.Rdf(counted, loadable.rdf().lang()).parse(destination, loadable.graph());
            } catch (RiotException e) {
                throw new FileFailure(loadable.file(), e);
            }
        } else {
            StreamRDF into = IntoGraph.stream(destination, loadable.graph());
            loadable.publication().getGraph().find().forEachRemaining(into::triple);
            progress.read(loadable.size());
        }
    }

    /** A file that failed to load, carried out of the bulk load to be reported under its own name. */
    private static final class FileFailure extends RuntimeException {
        private final transient Path file;

        FileFailure(Path file, RiotException cause) {
            super(cause);
            this.file = file;
        }

        @Override
        public synchronized RiotException getCause() {
            return (RiotException) super.getCause();
        }
    }

    /** An input stream that tells the progress bar how much it has read. */
    private static final class Counted extends FilterInputStream {
        private final Progress progress;

        Counted(InputStream in, Progress progress) {
            super(in);
            this.progress = progress;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                progress.read(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                progress.read(n);
            }
            return n;
        }
    }
}
