/**
 * SPARQL 1.1 Protocol (query and update) and Service Description on {@code /ogp}, {@code /ogp/sparql},
 * {@code /ogp/query} and {@code /ogp/update}, with Fuseki's parameters; content negotiation and streamed RDF
 * output shared with the graph store protocol.
 */
package org.ogpld.endpoint.sparql;
