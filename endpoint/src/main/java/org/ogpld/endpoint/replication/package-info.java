/**
 * Read replicas kept in step through Apache Kafka: the writer produces each change log entry's RDF Patch to one
 * topic partition before its write commits ({@link org.ogpld.endpoint.replication.PatchPublisher}), or after it in
 * {@code async} mode ({@link org.ogpld.endpoint.replication.AsyncPatchPublisher}); each replica
 * applies the patches in order, each in one TDB2 transaction that also records how far it got
 * ({@link org.ogpld.endpoint.replication.PatchApplier}), so a killed replica resumes exactly where it stopped.
 * Positions are the writer's log sequence numbers, the same on every server, and so are the validators derived
 * from them ({@link org.ogpld.endpoint.replication.ReplicatedLogPosition}).
 */
package org.ogpld.endpoint.replication;
