/**
 * Publishing: {@link org.ogpld.model.publish.Publisher} validates a publication (structure, code lists, the
 * vocabulary's SHACL shapes) and writes it as Turtle, N-Triples, N-Quads, TriG, RDF/XML or JSON-LD, or nothing at
 * all when it is invalid.
 */
package org.ogpld.model.publish;
