package org.ogpld.endpoint.changes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiPredicate;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * Applies pages of the event stream (as TriG or N-Quads give them) to a copy of the store: each member replaces
 * the description of the resource it is a version of in the graph it names (or removes it, for a tombstone), or,
 * typed {@code sd:NamedGraph}, the whole graph, in the members' time order (of one entry's members, the resources'
 * first, then the whole graphs').
 *
 * <pre>{@code FeedReplay.apply(page, copy); // inside a write transaction on copy}</pre>
 */
public final class FeedReplay {

    private FeedReplay() {
    }

    /** A member of a page: the version, the resource, the graph, its time, whether it holds the whole graph. */
    private record Version(Node iri, Node resource, Node graph, Instant time, boolean wholeGraph) {
    }

    /** Applies every member of {@code page} to {@code target}; returns how many. */
    public static int apply(DatasetGraph page, DatasetGraph target) {
        return apply(page, target, (version, time) -> true);
    }

    /**
     * Applies the members of {@code page} that {@code wanted} accepts (by version IRI and time) to {@code target};
     * returns how many.
     */
    public static int apply(DatasetGraph page, DatasetGraph target, BiPredicate<Node, Instant> wanted) {
        List<Version> versions = versions(page).stream().filter(v -> wanted.test(v.iri(), v.time())).toList();
        for (Version version : versions) {
            if (version.wholeGraph()) {
                target.deleteAny(version.graph(), Node.ANY, Node.ANY, Node.ANY);
            } else {
                Descriptions.describe(target, version.graph(), version.resource())
                        .forEach(triple -> target.delete(Quad.create(version.graph(), triple)));
            }
            page.find(version.iri(), Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quad ->
                    target.add(version.graph(), quad.getSubject(), quad.getPredicate(), quad.getObject()));
        }
        return versions.size();
    }

    private static List<Version> versions(DatasetGraph page) {
        List<Version> versions = new ArrayList<>();
        page.find(Quad.defaultGraphIRI, Node.ANY, FeedTerms.isVersionOf, Node.ANY).forEachRemaining(quad -> {
            Node version = quad.getSubject();
            versions.add(new Version(version, quad.getObject(), object(page, version, FeedTerms.inDataset),
                    Instant.parse(object(page, version, FeedTerms.generatedAtTime).getLiteralLexicalForm()),
                    page.contains(Quad.defaultGraphIRI, version, FeedTerms.type, FeedTerms.NamedGraph)));
        });
        // An entry's members share its time; its whole-graph versions come last (ChangeLog), and must be applied
        // last: a resource version applied after one would cut the graph's shared blank nodes again.
        versions.sort(Comparator.comparing(Version::time).thenComparing(Version::wholeGraph));
        return versions;
    }

    private static Node object(DatasetGraph page, Node subject, Node property) {
        return page.find(Quad.defaultGraphIRI, subject, property, Node.ANY).next().getObject();
    }
}
