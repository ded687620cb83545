/**
 * SPARQL 1.1 Graph Store HTTP Protocol: {@code /ogp/data} (read-write) and {@code /ogp/get} (read-only), with
 * indirect ({@code ?default}, {@code ?graph=}) and direct ({@code /ogp/data/{path}}) graph identification.
 */
package org.ogpld.endpoint.gsp;
