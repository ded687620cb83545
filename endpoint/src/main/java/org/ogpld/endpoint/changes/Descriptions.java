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
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * A resource's description in one named graph, as the stream publishes it: the triples with the resource as
 * subject and, recursively, those of the blank nodes it refers to (its concise bounded description).
 */
final class Descriptions {

    private Descriptions() {
    }

    /**
     * The (graph, IRI) pairs whose descriptions changed when these (graph, subject) pairs changed: IRIs themselves,
     * and for a blank node the IRI subjects that reach it now in its graph. Returned as quads with {@link Node#ANY}
     * predicate and object.
     */
    static Set<Quad> resources(DatasetGraph store, Set<Quad> touched) {
        Set<Quad> resources = new LinkedHashSet<>();
        Set<Quad> seen = new HashSet<>();
        Deque<Quad> blanks = new ArrayDeque<>();
        for (Quad pair : touched) {
            if (pair.getSubject().isURI()) {
                resources.add(pair);
            } else if (pair.getSubject().isBlank() && seen.add(pair)) {
                blanks.add(pair);
            }
        }
        while (!blanks.isEmpty()) {
            Quad blank = blanks.poll();
            store.find(blank.getGraph(), Node.ANY, Node.ANY, blank.getSubject()).forEachRemaining(q -> {
                Quad owner = Quad.create(q.getGraph(), q.getSubject(), Node.ANY, Node.ANY);
                if (owner.getSubject().isURI()) {
                    resources.add(owner);
                } else if (owner.getSubject().isBlank() && seen.add(owner)) {
                    blanks.add(owner);
                }
            });
        }
        return resources;
    }

    /** The triples describing {@code resource} in {@code graph}; empty when it is gone from it. */
    static List<Triple> describe(DatasetGraph store, Node graph, Node resource) {
        List<Triple> triples = new ArrayList<>();
        Set<Node> seen = new HashSet<>();
        Deque<Quad> pending = new ArrayDeque<>(Iter.toList(store.find(graph, resource, Node.ANY, Node.ANY)));
        while (!pending.isEmpty()) {
            Quad quad = pending.poll();
            triples.add(quad.asTriple());
            Node object = quad.getObject();
            if (object.isBlank() && seen.add(object)) {
                store.find(graph, object, Node.ANY, Node.ANY).forEachRemaining(pending::add);
            }
        }
        return triples;
    }

    /** {@code triples} as N-Triples text. */
    static String ntriples(List<Triple> triples) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.writeTriples(out, triples.iterator());
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The triples of a description, as {@link #ntriples} wrote them (blank nodes fresh for each call). */
    static List<Triple> parse(String ntriples) {
        return Iter.toList(RDFParser.fromString(ntriples, Lang.NTRIPLES).toGraph().find());
    }
}
