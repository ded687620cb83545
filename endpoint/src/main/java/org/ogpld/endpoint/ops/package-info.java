/**
 * Operations: Fuseki-style {@code /$/ping}, {@code /$/server}, {@code /$/stats/ogp}; Prometheus metrics at
 * {@code /$/metrics}; one structured log line per request; CORS.
 */
package org.ogpld.endpoint.ops;
