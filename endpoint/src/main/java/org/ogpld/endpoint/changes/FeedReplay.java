package org.ogpld.endpoint.changes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * Applies pages of the event stream to a copy of the store: each member replaces the description of the resource
 * it is a version of (or removes it, for a tombstone), in the members' time order.
 *
 * <pre>{@code FeedReplay.apply(page, copy); // inside a write transaction on copy}</pre>
 */
public final class FeedReplay {

    private FeedReplay() {
    }

    /** A member of a page: the version, the resource, its time. */
    private record Version(Node iri, Node resource, Instant time) {
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
            Descriptions.describe(target, version.resource()).forEach(target::delete);
            page.findNG(Node.ANY, version.iri(), Node.ANY, Node.ANY).forEachRemaining(quad ->
                    target.add(quad.getGraph(), version.resource(), quad.getPredicate(), quad.getObject()));
            addBlankNodes(page, version, target);
        }
        return versions.size();
    }

    /** The blank nodes a version refers to, with their statements, in the graphs they are in. */
    private static void addBlankNodes(DatasetGraph page, Version version, DatasetGraph target) {
        List<Quad> pending = new ArrayList<>();
        Set<Node> seen = new HashSet<>();
        page.findNG(Node.ANY, version.iri(), Node.ANY, Node.ANY).forEachRemaining(pending::add);
        while (!pending.isEmpty()) {
            Quad quad = pending.remove(pending.size() - 1);
            if (quad.getObject().isBlank() && seen.add(quad.getObject())) {
                page.findNG(quad.getGraph(), quad.getObject(), Node.ANY, Node.ANY).forEachRemaining(inner -> {
                    target.add(inner);
                    pending.add(inner);
                });
            }
        }
    }

    private static List<Version> versions(DatasetGraph page) {
        List<Version> versions = new ArrayList<>();
        page.find(Quad.defaultGraphIRI, Node.ANY, FeedTerms.isVersionOf, Node.ANY).forEachRemaining(quad -> {
            Node time = page.find(Quad.defaultGraphIRI, quad.getSubject(), FeedTerms.generatedAtTime, Node.ANY)
                    .next().getObject();
            versions.add(new Version(quad.getSubject(), quad.getObject(), Instant.parse(time.getLiteralLexicalForm())));
        });
        versions.sort(Comparator.comparing(Version::time));
        return versions;
    }
}
