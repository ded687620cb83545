/**
 * The change log and the event stream made from it. Every committed write also appends, in its own TDB2
 * transaction, one log entry (an RDF Patch and the versions of the resources it touched) to the store's storage
 * default graph, which no query, dump or harvest reads (the default graph they see is the union of the named
 * graphs); {@code /feed} publishes the entries as a Linked Data Event Stream.
 */
package org.ogpld.endpoint.changes;
