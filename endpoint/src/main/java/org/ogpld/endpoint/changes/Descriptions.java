package org.ogpld.endpoint.changes;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * A resource's description as the stream publishes it: every quad of the named graphs with the resource as
 * subject, and, recursively, those of the blank nodes it refers to (its concise bounded description per graph).
 */
final class Descriptions {

    private Descriptions() {
    }

    /**
     * The IRIs whose descriptions changed when quads with these subjects changed: IRIs themselves, and for a blank
     * node the IRI subjects that reach it now.
     */
    static Set<Node> resources(DatasetGraph store, Set<Node> subjects) {
        Set<Node> resources = new LinkedHashSet<>();
        Set<Node> seen = new HashSet<>();
        Deque<Node> blanks = new ArrayDeque<>();
        for (Node subject : subjects) {
            if (subject.isURI()) {
                resources.add(subject);
            } else if (subject.isBlank() && seen.add(subject)) {
                blanks.add(subject);
            }
        }
        while (!blanks.isEmpty()) {
            Node blank = blanks.poll();
            store.findNG(Node.ANY, Node.ANY, Node.ANY, blank).forEachRemaining(q -> {
                Node owner = q.getSubject();
                if (owner.isURI()) {
                    resources.add(owner);
                } else if (owner.isBlank() && seen.add(owner)) {
                    blanks.add(owner);
                }
            });
        }
        return resources;
    }

    /** The quads describing {@code resource} in the named graphs; empty when it is gone. */
    static List<Quad> describe(DatasetGraph store, Node resource) {
        List<Quad> quads = new ArrayList<>();
        Set<Node> seen = new HashSet<>();
        Deque<Quad> pending = new ArrayDeque<>(Iter.toList(store.findNG(Node.ANY, resource, Node.ANY, Node.ANY)));
        while (!pending.isEmpty()) {
            Quad quad = pending.poll();
            quads.add(quad);
            Node object = quad.getObject();
            if (object.isBlank() && seen.add(object)) {
                store.findNG(quad.getGraph(), object, Node.ANY, Node.ANY).forEachRemaining(pending::add);
            }
        }
        return quads;
    }

    /** {@code quads} as N-Quads text. */
    static String nquads(List<Quad> quads) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.writeQuads(out, quads.iterator());
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The quads of a description, as {@link #nquads} wrote them (blank nodes fresh for each call). */
    static List<Quad> parse(String nquads) {
        return Iter.toList(RDFParser.fromString(nquads, Lang.NQUADS).toDatasetGraph().find());
    }
}
