package org.ogpld.endpoint.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.ogpld.model.Iris;
import org.ogpld.model.rdf.IdentityEvidence;
import org.ogpld.vocab.OGP;
import org.ogpld.vocab.PROV;

/**
 * What {@code ogpld load} checks before it writes: that each source goes into a graph of its own (no second,
 * different source into a graph the store or this load already fills), and that no resource of a publication
 * conflicts with what the store or an earlier file says about the same IRI ({@link IdentityEvidence}). A conflict
 * is an error naming both sources, or with {@code --on-conflict split} a distinct IRI and a candidate link.
 */
final class SourceChecks {

    /** A file about to be loaded into {@code graph}; {@code publication} is null for RDF streamed from disk. */
    record Source(Path file, Node graph, Model publication) {
    }

    /** A source that cannot be loaded as it is. */
    static final class Refused extends RuntimeException {
        private final transient Path file;

        Refused(Path file, String message) {
            super(message);
            this.file = file;
        }

        Path file() {
            return file;
        }
    }

    private static final java.util.Set<Node> STAMP = java.util.Set.of(PROV.generatedAtTime.asNode(),
            OGP.generatedWith.asNode());

    private final Iris iris;
    private final boolean split;

    SourceChecks(Iris iris, boolean split) {
        this.iris = iris;
        this.split = split;
    }

    /**
     * Checks {@code sources} against each other and the store folder {@code store} (if it holds data), renaming
     * conflicting resources when splitting.
     *
     * @return the sources to load (one already in the store, unchanged, is left out), and the candidate links
     * @throws Refused naming the file, the graph or the IRI, and both sources
     */
    Checked check(List<Source> sources, Path store, boolean storeHasData) throws IOException {
        Map<Node, Path> graphs = new HashMap<>();
        for (Source source : sources) {
            Path other = graphs.putIfAbsent(source.graph(), source.file());
            if (other != null) {
                throw new Refused(source.file(), "goes to graph <" + source.graph().getURI() + ">, as " + other
                        + " does: two sources, one graph; give one of them --graph IRI");
            }
        }
        if (!storeHasData) {
            return checkAgainst(sources, DatasetGraphFactory.createTxnMem());
        }
        DatasetGraph existing = DatabaseMgr.connectDatasetGraph(store.toString());
        try {
            return Txn.calculateRead(existing, () -> checkAgainst(sources, existing));
        } finally {
            TDBInternal.expel(existing);
        }
    }

    /** The sources to load and the candidate links for those split. */
    record Checked(List<Source> sources, Model candidateLinks) {
    }

    private Checked checkAgainst(List<Source> sources, DatasetGraph existing) {
        List<Source> load = new ArrayList<>();
        DatasetGraph seen = DatasetGraphFactory.createTxnMem();
        Model links = ModelFactory.createDefaultModel();
        for (Source source : sources) {
            if (occupied(existing, source)) {
                continue;
            }
            if (source.publication() != null) {
                List<IdentityEvidence.Conflict> conflicts = new ArrayList<>(IdentityEvidence.conflicts(iris,
                        source.graph(), source.publication().getGraph(), existing));
                conflicts.addAll(IdentityEvidence.conflicts(iris, source.graph(), source.publication().getGraph(),
                        seen));
                resolve(source, conflicts, links);
                source.publication().getGraph().find().forEachRemaining(t -> seen.add(source.graph(),
                        t.getSubject(), t.getPredicate(), t.getObject()));
            }
            load.add(source);
        }
        return new Checked(load, links);
    }

    /** Whether the store already holds this very source; refused if its graph holds another. */
    private static boolean occupied(DatasetGraph existing, Source source) {
        if (!existing.containsGraph(source.graph()) || existing.getGraph(source.graph()).isEmpty()) {
            return false;
        }
        if (source.publication() != null && unstamped(existing.getGraph(source.graph()), source.graph())
                .isIsomorphicWith(unstamped(source.publication().getGraph(), source.graph()))) {
            return true;
        }
        throw new Refused(source.file(), "the store's graph <" + source.graph().getURI() + "> already holds "
                + existing.getGraph(source.graph()).size() + " statements of another source; load this one into"
                + " a graph of its own with --graph IRI (or drop that graph first)");
    }

    /** The graph without when and by which version it was generated, which differ between loads of one source. */
    private static Graph unstamped(Graph graph, Node name) {
        Graph copy = GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining(t -> {
            if (!t.getSubject().equals(name) || !STAMP.contains(t.getPredicate())) {
                copy.add(t);
            }
        });
        return copy;
    }

    private void resolve(Source source, List<IdentityEvidence.Conflict> conflicts, Model links) {
        if (conflicts.isEmpty()) {
            return;
        }
        if (!split) {
            throw new Refused(source.file(), conflicts.size() + " resource(s) would merge with different things:\n  "
                    + String.join("\n  ", conflicts.stream().map(c -> c.describe(source.file().toString()))
                    .toList()) + "\nLoad with --on-conflict split to give them IRIs of their own and record "
                    + "skos:closeMatch candidate links.");
        }
        links.add(IdentityEvidence.split(source.publication(), source.graph(), conflicts));
    }

    /** The graph candidate links go to. */
    Node candidateLinksGraph() {
        return NodeFactory.createURI(iris.graph(IdentityEvidence.CANDIDATE_LINKS));
    }
}
