/**
 * Our own JSON-LD output: {@link org.ogpld.model.jsonld.JsonLdWriter} streams a graph compacted with the OGP-LD
 * context, flat or with parts embedded in their owners, without a JSON-LD processor.
 */
package org.ogpld.model.jsonld;
