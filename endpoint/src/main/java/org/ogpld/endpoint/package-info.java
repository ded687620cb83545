/**
 * The OGP-LD endpoint: a Fuseki-compatible SPARQL 1.1 server (query, update, graph store protocol, service
 * description) on an embedded TDB2 store, and the {@code ogpld} command line that starts it.
 *
 * <p>Feature packages: {@code sparql} (query, update, service description), {@code gsp} (graph store protocol),
 * {@code store} (TDB2 and initial loading), {@code security} (write credentials, body limits), {@code ops}
 * (ping, stats, metrics, request log), {@code cli} (picocli commands).
 */
package org.ogpld.endpoint;
