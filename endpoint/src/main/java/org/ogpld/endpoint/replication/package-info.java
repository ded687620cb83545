/**
 * Read replicas kept in step through Apache Kafka: the writer produces each change log entry's RDF Patch to one
 * topic partition before its write commits ({@link org.ogpld.endpoint.replication.PatchPublisher}); each replica
 * applies the patches in order, each in one TDB2 transaction that also records how far it got
 * ({@link org.ogpld.endpoint.replication.PatchApplier}), so a killed replica resumes exactly where it stopped.
 * Positions are the writer's log sequence numbers, the same on every server.
 */
package org.ogpld.endpoint.replication;
