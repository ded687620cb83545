package org.ogpld.endpoint.changes;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.rdfpatch.text.RDFChangesWriterText;
import org.apache.jena.sparql.core.Quad;

/**
 * What one write transaction changed, in order: the body of its RDF Patch, and the subjects it touched in each
 * named graph.
 */
final class Changes {

    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private final RDFChangesWriterText writer = RDFPatchOps.textWriter(body);
    private final Set<Quad> touched = new LinkedHashSet<>();
    private final Map<Node, Long> grown = new HashMap<>();
    /** Quads mentioning a blank node, net: added by the transaction ({@code true}) or deleted ({@code false}). */
    private final Map<Quad, Boolean> blankQuads = new HashMap<>();
    private long count;

    void added(Quad quad) {
        writer.add(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
        touched(quad);
        grown.merge(quad.getGraph(), 1L, Long::sum);
        blank(quad, true);
    }

    void deleted(Quad quad) {
        writer.delete(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
        touched(quad);
        grown.merge(quad.getGraph(), -1L, Long::sum);
        blank(quad, false);
    }

    /** Keeps the net change of a quad that mentions a blank node: an add and a delete of it cancel out. */
    private void blank(Quad quad, boolean added) {
        if ((quad.getSubject().isBlank() || quad.getObject().isBlank()) && blankQuads.remove(quad) == null) {
            blankQuads.put(quad, added);
        }
    }

    /** Whether the transaction added {@code quad} (which mentions a blank node) that was not there before. */
    boolean isNew(Quad quad) {
        return Boolean.TRUE.equals(blankQuads.get(quad));
    }

    /** The quads mentioning a blank node that were there before the transaction and are not after it. */
    Set<Quad> deletedBlankQuads() {
        Set<Quad> deleted = new LinkedHashSet<>();
        blankQuads.forEach((quad, added) -> {
            if (!added) {
                deleted.add(quad);
            }
        });
        return deleted;
    }

    /**
     * How many quads {@code graph} holds more than before the transaction (each recorded add and delete changed
     * the store), so a graph holding exactly that many after it was empty before.
     */
    long grown(Node graph) {
        return grown.getOrDefault(graph, 0L);
    }

    private void touched(Quad quad) {
        count++;
        touched.add(Quad.create(quad.getGraph(), quad.getSubject(), Node.ANY, Node.ANY));
        if (quad.getObject().isBlank()) {
            // A blank node belongs to the resource that refers to it: its owner is looked up at commit.
            touched.add(Quad.create(quad.getGraph(), quad.getObject(), Node.ANY, Node.ANY));
        }
    }

    boolean isEmpty() {
        return count == 0;
    }

    /** How many quads were added or deleted. */
    long count() {
        return count;
    }

    /**
     * The graph and subject (or blank-node object) of every changed quad, in first-touched order, as quads whose
     * predicate and object are {@link Node#ANY}.
     */
    Set<Quad> touched() {
        return Collections.unmodifiableSet(touched);
    }

    /** The {@code A}/{@code D} lines, without header or transaction markers. */
    String body() {
        writer.finish();
        return body.toString(StandardCharsets.UTF_8);
    }
}
