package org.ogpld.endpoint.changes;

import java.time.Instant;
import org.apache.jena.graph.Node;

/**
 * One member of the event stream: the description of one resource in one named graph after one log entry changed
 * it there.
 *
 * @param index its place in the whole stream, from 0
 * @param seq the log entry that produced it
 * @param time when that entry committed
 * @param resource the resource it is a version of
 * @param graph the named graph the description is in
 * @param ntriples the resource's description in that graph after the change, as N-Triples; empty for a tombstone
 *     (the resource was removed from the graph); for a whole graph's version, the graph's content when stored
 *     ({@link BlankOwners}), else empty
 * @param wholeGraph whether this is a version of the whole graph {@code graph} ({@code resource} is then the graph),
 *     whose content is stored with it or is the graph's part of entry {@code seq}'s patch ({@link GraphVersions})
 */
public record Member(long index, long seq, Instant time, Node resource, Node graph, String ntriples,
        boolean wholeGraph) {

    /** Whether the resource was removed from the graph by this change. */
    public boolean tombstone() {
        return !wholeGraph && ntriples.isEmpty();
    }
}
