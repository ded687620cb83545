/**
 * Mapping between the domain records of {@code org.ogpld.model} and RDF (Apache Jena): one mapping class per
 * aggregate, each with {@code write(value, model)} (a plain list of statements) and {@code read(resource)} (its
 * mirror). {@link org.ogpld.model.rdf.PublicationMapping} puts a whole publication into its own named graph with
 * its provenance, and reads it back.
 *
 * <p>Mappers open no transactions; the caller owns the graph.
 */
package org.ogpld.model.rdf;
