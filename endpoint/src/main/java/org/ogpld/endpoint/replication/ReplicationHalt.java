package org.ogpld.endpoint.replication;

/** A replica cannot go on applying the topic without its data coming to differ from the writer's. */
public class ReplicationHalt extends RuntimeException {

    public ReplicationHalt(String message) {
        super(message);
    }
}
