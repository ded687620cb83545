package org.ogpld.endpoint.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.ogpld.endpoint.search.TextIndexes;
import org.ogpld.endpoint.store.SafeParsing;
import org.ogpld.endpoint.store.StoreBase;
import org.ogpld.model.publish.Publisher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ogpld load FILE… --store DIR}: bulk-loads files into the TDB2 store the endpoint serves, all of them in
 * one bulk load ({@link BulkLoad}): either every file is loaded, or (on any error) nothing is.
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
            "Files: authoring .yaml/.yml/.json, OGP commitments .csv, Popolo .json, RDF (.ttl .nt .nq .trig .rdf "
                + ".jsonld). Stop the endpoint first: a store is used by one process at a time.",
            "On a terminal a progress bar shows statements per second and the time left; piped, it is quiet."},
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
                loadables.add(prepare(InputFile.of(file), report));
            }
            current = store;
            loadables = checked(loadables);
            Progress progress = new Progress(System.console() == null ? null : spec.commandLine().getErr(),
                    loadables.stream().mapToLong(Loadable::size).sum());
            load(loadables, progress);
            // The bulk loader writes past the text index: the server rebuilds it when it next starts.
            TextIndexes.markStale(store);
            progress.finish();
            if (System.console() != null) {
                report.line(String.format("Loaded %,d statements from %d file(s) into %s in %.1f s", progress.statements(),
                        files.size(), store, progress.elapsed().toMillis() / 1000.0));
            }
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

    /** A file ready to load: RDF streams from disk; a publication is validated and mapped first. */
    private record Loadable(InputFile file, Model publication, Node graph, long size) {
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

    private Loadable prepare(InputFile file, Report report) throws IOException {
        long size = Files.size(file.path());
        if (file.kind() == InputFile.Kind.RDF) {
            return new Loadable(file, null, graphOr(options.iris().graph(file.slug())), size);
        }
        Input.Records records = (Input.Records) Input.read(file, options);
        report.rejected(records.rejected());
        Publisher publisher = options.publisher();
        Model model = records.validatedModel(publisher);
        String sourceGraph = publisher.graphName(records.publication());
        if (graph != null) {
            // the publication's provenance describes its graph: it moves with it
            org.apache.jena.util.ResourceUtils.renameResource(model.createResource(sourceGraph), graph);
        }
        return new Loadable(file, model, graphOr(sourceGraph), size);
    }

    private Node graphOr(String sourceGraph) {
        return NodeFactory.createURI(graph != null ? graph : sourceGraph);
    }

    /** The files that pass {@link SourceChecks}, and the candidate links of those split. */
    private List<Loadable> checked(List<Loadable> loadables) throws IOException {
        SourceChecks checks = new SourceChecks(options.iris(), onConflict.equals("split"));
        SourceChecks.Checked checked = checks.check(loadables.stream().map(l -> new SourceChecks.Source(
                l.file().path(), l.graph(), l.publication())).toList(), store, !AsideLoad.applies(store));
        List<Path> kept = checked.sources().stream().map(SourceChecks.Source::file).toList();
        List<Loadable> load = new ArrayList<>(loadables.stream().filter(l -> kept.contains(l.file().path())).toList());
        if (!checked.candidateLinks().isEmpty()) {
            load.add(new Loadable(null, checked.candidateLinks(), checks.candidateLinksGraph(), 0));
        }
        return load;
    }

    /** Every file, with the bulk load that suits the store folder: all or nothing either way. */
    private void load(List<Loadable> loadables, Progress progress) throws IOException {
        String base = options.iris().base();
        StoreBase.require(store, base, false);
        boolean fresh = AsideLoad.applies(store);
        BulkLoad.into(store).run(destination -> {
            StreamRDF counted = progress.counting(destination);
            for (Loadable loadable : loadables) {
                loadOne(loadable, counted, progress);
            }
        });
        // A store this load created holds only what it minted under --base; an older store is checked by the server.
        StoreBase.require(store, base, fresh);
    }

    private static void loadOne(Loadable loadable, StreamRDF destination, Progress progress) throws IOException {
        StreamRDF into = Input.intoGraph(destination, loadable.graph());
        if (loadable.publication() == null) {
            try (InputStream in = new Counted(Files.newInputStream(loadable.file().path()), progress)) {
                SafeParsing.parse(loadable.file().rdfLang(), loadable.file().path().toUri().toString(), in, into);
            } catch (RiotException e) {
                throw new FileFailure(loadable.file().path(), e);
            }
        } else {
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
