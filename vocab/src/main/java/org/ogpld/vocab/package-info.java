/**
 * The OGP-LD vocabulary: the {@code ogp:} ontology, SKOS code lists, SHACL shapes, JSON-LD context and frames as
 * classpath resources behind {@link org.ogpld.vocab.Vocab}, and Jena-style constants for our namespace
 * ({@link org.ogpld.vocab.OGP}, {@link org.ogpld.vocab.OGPCode}) and for the reused namespaces that Jena lacks.
 */
package org.ogpld.vocab;
