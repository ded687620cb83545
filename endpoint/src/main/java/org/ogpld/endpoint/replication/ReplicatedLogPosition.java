package org.ogpld.endpoint.replication;

import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.ogpld.endpoint.changes.ChangeLog;
import org.ogpld.endpoint.store.LogPosition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/**
 * The log entry the store holds, read from the store itself (so that it always matches the data a reader sees,
 * never a write still committing): on the writer the head of its change log, on a replica the
 * {@link ReplicaPosition} recorded with the last patch applied (or the snapshot loaded). Both name the writer's
 * entry number and commit time, so validators are the same on every server holding the same entry.
 */
@Component
@ConditionalOnExpression("'${ogpld.replication.kafka.bootstrap-servers:}' != ''")
class ReplicatedLogPosition implements LogPosition {

    private final Dataset dataset;
    private final boolean replica;

    ReplicatedLogPosition(Dataset dataset, ReplicationProperties properties) {
        this.dataset = dataset;
        this.replica = properties.replica();
    }

    @Override
    public Optional<Entry> current() {
        return Txn.calculateRead(dataset, () -> read(dataset.asDatasetGraph(), replica));
    }

    /** The entry {@code store} holds, as a replica's store ({@code replica}) or the writer's records it. */
    static Optional<Entry> read(DatasetGraph store, boolean replica) {
        if (replica) {
            return ReplicaPosition.read(store).filter(p -> p.seq() > 0).map(p -> new Entry(p.seq(), p.time()));
        }
        ChangeLog.Head head = ChangeLog.head(store);
        return head.last() > 0 ? Optional.of(new Entry(head.last(), head.time())) : Optional.empty();
    }
}
