package org.ogpld.endpoint.changes;

import java.time.Instant;
import org.apache.jena.graph.Node;

/**
 * One member of the event stream: the description of one resource after one log entry changed it.
 *
 * @param index its place in the whole stream, from 0
 * @param seq the log entry that produced it
 * @param time when that entry committed
 * @param resource the resource it is a version of
 * @param nquads the resource's description after the change, as N-Quads; empty for a tombstone (it was removed)
 */
public record Member(long index, long seq, Instant time, Node resource, String nquads) {

    /** Whether the resource was removed by this change. */
    public boolean tombstone() {
        return nquads.isEmpty();
    }
}
