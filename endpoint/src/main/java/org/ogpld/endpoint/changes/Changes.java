package org.ogpld.endpoint.changes;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.rdfpatch.text.RDFChangesWriterText;
import org.apache.jena.sparql.core.Quad;

/** What one write transaction changed, in order: the body of its RDF Patch, and the subjects it touched. */
final class Changes {

    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private final RDFChangesWriterText writer = RDFPatchOps.textWriter(body);
    private final Set<Node> subjects = new LinkedHashSet<>();
    private long count;

    void added(Quad quad) {
        writer.add(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
        touched(quad);
    }

    void deleted(Quad quad) {
        writer.delete(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
        touched(quad);
    }

    private void touched(Quad quad) {
        count++;
        subjects.add(quad.getSubject());
        if (quad.getObject().isBlank()) {
            // A blank node belongs to the resource that refers to it: its owner is looked up at commit.
            subjects.add(quad.getObject());
        }
    }

    boolean isEmpty() {
        return count == 0;
    }

    /** How many quads were added or deleted. */
    long count() {
        return count;
    }

    /** The subjects (and blank-node objects) of every changed quad, in first-touched order. */
    Set<Node> subjects() {
        return Collections.unmodifiableSet(subjects);
    }

    /** The {@code A}/{@code D} lines, without header or transaction markers. */
    String body() {
        writer.finish();
        return body.toString(StandardCharsets.UTF_8);
    }
}
