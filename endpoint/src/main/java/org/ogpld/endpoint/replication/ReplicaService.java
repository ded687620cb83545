package org.ogpld.endpoint.replication;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.ogpld.endpoint.store.StoreWrites;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * A replica's start and stop: an empty store is first filled from the writer's snapshot (when
 * {@code ogpld.replication.writer-url} is set), then the topic is applied from the store's position on.
 */
@Component
@ConditionalOnProperty(name = "ogpld.replication.replica", havingValue = "true")
class ReplicaService implements InitializingBean, DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(ReplicaService.class);

    private final ReplicationProperties properties;
    private final Dataset dataset;
    private final StoreWrites writes;
    private final ReplicationStatus status;
    private ReplicaFollower follower;

    ReplicaService(ReplicationProperties properties, Dataset dataset, StoreWrites writes, ReplicationStatus status) {
        this.properties = properties;
        this.dataset = dataset;
        this.writes = writes;
        this.status = status;
    }

    @Override
    public void afterPropertiesSet() {
        boolean fresh = Txn.calculateRead(dataset, () -> ReplicaPosition.read(dataset.asDatasetGraph()).isEmpty()
                && !dataset.asDatasetGraph().findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY).hasNext());
        if (fresh && properties.hasWriterUrl()) {
            ReplicaPosition start = writes.write(() -> ReplicaSnapshot.load(properties.writerUrl(),
                    dataset.asDatasetGraph(), writes.target()));
            LOG.info("Replica: loaded the writer's snapshot at log entry {}", start.seq());
            status.applied(start);
        }
        LOG.info("Replication: replica of topic {} at {}, from log entry {}", properties.kafka().topic(),
                properties.kafka().bootstrapServers(), status.position());
        follower = new ReplicaFollower(properties.kafka(), dataset, writes::write, writes::target,
                new ReplicaFollower.Listener() {
                    @Override
                    public void applied(ReplicaPosition position) {
                        status.applied(position);
                    }

                    @Override
                    public void topic(long end, long next) {
                        status.topic(end, next);
                    }

                    @Override
                    public void halted(String reason) {
                        status.halt(reason);
                    }
                });
        follower.start();
    }

    @Override
    public void destroy() {
        if (follower != null) {
            follower.close();
        }
    }
}
