package org.ogpld.endpoint.replication;

import java.time.Instant;
import java.util.Iterator;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * How far a replica has applied the writer's log, kept in the replica's store (its storage default graph, beside
 * the change log, which no query reaches) and written in the same transaction as the patch it records.
 *
 * @param seq the writer's log sequence number last applied (0: none)
 * @param id the {@code id} header of that patch, or {@code null} when the position came from a snapshot
 * @param nextOffset the topic offset to read next, or -1 when unknown (after a snapshot)
 * @param time when that entry committed on the writer
 */
public record ReplicaPosition(long seq, Node id, long nextOffset, Instant time) {

    /** Where a replica with nothing applied stands. */
    public static final ReplicaPosition START = new ReplicaPosition(0, null, -1, Instant.EPOCH);

    private static final Node GRAPH = Quad.defaultGraphIRI;
    private static final Node SUBJECT = NodeFactory.createURI("urn:ogpld:replica");
    private static final Node SEQ = NodeFactory.createURI("urn:ogpld:replica#seq");
    private static final Node ID = NodeFactory.createURI("urn:ogpld:replica#id");
    private static final Node OFFSET = NodeFactory.createURI("urn:ogpld:replica#nextOffset");
    private static final Node TIME = NodeFactory.createURI("urn:ogpld:replica#time");

    /** The position recorded in {@code store}, if any (inside a transaction). */
    public static Optional<ReplicaPosition> read(DatasetGraph store) {
        return value(store, SEQ).map(seq -> new ReplicaPosition(Long.parseLong(seq.getLiteralLexicalForm()),
                value(store, ID).orElse(null),
                value(store, OFFSET).map(n -> Long.parseLong(n.getLiteralLexicalForm())).orElse(-1L),
                value(store, TIME).map(n -> Instant.parse(n.getLiteralLexicalForm())).orElse(Instant.EPOCH)));
    }

    /** Records this position in {@code store}, replacing the one before (inside a write transaction). */
    public void write(DatasetGraph store) {
        store.deleteAny(GRAPH, SUBJECT, Node.ANY, Node.ANY);
        store.add(GRAPH, SUBJECT, SEQ, NodeFactory.createLiteralDT(Long.toString(seq), XSDDatatype.XSDlong));
        if (id != null) {
            store.add(GRAPH, SUBJECT, ID, id);
        }
        store.add(GRAPH, SUBJECT, OFFSET, NodeFactory.createLiteralDT(Long.toString(nextOffset),
                XSDDatatype.XSDlong));
        store.add(GRAPH, SUBJECT, TIME, NodeFactory.createLiteralDT(time.toString(), XSDDatatype.XSDdateTime));
    }

    private static Optional<Node> value(DatasetGraph store, Node property) {
        Iterator<Quad> found = store.find(GRAPH, SUBJECT, property, Node.ANY);
        return found.hasNext() ? Optional.of(found.next().getObject()) : Optional.empty();
    }
}
