/**
 * Full-text search: Jena's Lucene text index over the store's names, titles, descriptions and identifiers, folded
 * so that Azerbaijani names match however they are spelled, kept in the store's own transactions.
 */
package org.ogpld.endpoint.search;
