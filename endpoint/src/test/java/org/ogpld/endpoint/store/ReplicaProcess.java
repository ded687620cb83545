package org.ogpld.endpoint.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.ogpld.endpoint.replication.ReplicaFollower;
import org.ogpld.endpoint.replication.ReplicaPosition;
import org.ogpld.endpoint.replication.ReplicationProperties;

/**
 * A replica's apply loop without the web layer: the production {@link ReplicaFollower} applying the topic to a
 * TDB2 folder through {@link StoreWrites}, run as a process of its own by {@code ReplicationIT} to be killed. It
 * prints {@code APPLIED seq} after each patch it has committed. Arguments: folder, bootstrap servers, topic.
 */
public final class ReplicaProcess {

    private ReplicaProcess() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path folder = Path.of(args[0]);
        FolderWrites store = FolderWrites.open(folder);
        Dataset dataset = store.dataset();
        StoreWrites writes = store.writes();
        ReplicationProperties.Kafka kafka = new ReplicationProperties.Kafka(args[1], args[2], Duration.ofSeconds(10),
                Map.of());
        ReplicaFollower follower = new ReplicaFollower(kafka, dataset, writes::write, writes::target,
                new ReplicaFollower.Listener() {
                    @Override
                    public void applied(ReplicaPosition position) {
                        System.out.println("APPLIED " + position.seq());
                        System.out.flush();
                    }

                    @Override
                    public void halted(String reason) {
                        System.out.println("HALTED " + reason);
                        System.out.flush();
                    }
                });
        follower.start();
        while (follower.alive()) {
            Thread.sleep(200);
        }
    }
}
