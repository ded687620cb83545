/** Browsing the publication one kind at a time, with facets counted and filtered by SPARQL on the store. */
package org.ogpld.endpoint.browse;
