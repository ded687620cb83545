package org.ogpld.endpoint.changes;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Names of the change log's statements. They live in the storage default graph: with the union default graph on,
 * neither {@code GRAPH ?g} nor the default graph of a query reaches it, and writes addressed to the default graph
 * go to a named graph instead.
 */
final class LogTerms {

    static final String NS = "urn:ogpld:log#";

    /** The subject of the log's head: the last entry, the number of members, the last time. */
    static final Node HEAD = NodeFactory.createURI("urn:ogpld:log");

    static final Node last = term("last");
    static final Node members = term("members");
    static final Node seq = term("seq");
    static final Node time = term("time");
    static final Node patch = term("patch");
    static final Node user = term("user");
    static final Node firstMember = term("firstMember");
    static final Node memberCount = term("memberCount");
    static final Node entry = term("entry");
    static final Node resource = term("resource");
    static final Node graph = term("graph");
    static final Node ntriples = term("ntriples");
    static final Node member = term("member");
    /** On an entry: its bytes (patch and descriptions); on the head: the bytes of the entries kept. */
    static final Node size = term("size");
    /** On a member: it is a version of its whole graph ({@link GraphVersions}). */
    static final Node wholeGraph = term("wholeGraph");
    /** On the head: the first entry still kept; on a kind's stream: its first member still kept. */
    static final Node first = term("first");
    /** On the head: the first member of the whole stream still kept. */
    static final Node firstKept = term("firstKept");

    private LogTerms() {
    }

    /** The entry with sequence number {@code seq} (1, 2, ...). */
    static Node entry(long seq) {
        return NodeFactory.createURI("urn:ogpld:log:entry:" + seq);
    }

    /** The stream's {@code index}-th member (0, 1, ...), over all entries. */
    static Node member(long index) {
        return NodeFactory.createURI("urn:ogpld:log:member:" + index);
    }

    /** The stream of one kind of resource: its head holds its member count. */
    static Node kind(String kind) {
        return NodeFactory.createURI("urn:ogpld:log:kind:" + kind);
    }

    /** The {@code index}-th member of one kind's stream, pointing at the member of the whole stream. */
    static Node kindMember(String kind, long index) {
        return NodeFactory.createURI("urn:ogpld:log:kind:" + kind + ":" + index);
    }

    private static Node term(String local) {
        return NodeFactory.createURI(NS + local);
    }
}
