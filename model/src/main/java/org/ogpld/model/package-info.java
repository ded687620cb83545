/**
 * The OGP domain as immutable Java records: events and their talks, organisations, people, posts, memberships,
 * places, documents, national action plans and commitments, monitoring studies, and the {@link
 * org.ogpld.model.Publication} that bundles what one source document says.
 *
 * <p>Records hold no RDF types. Every compact constructor validates its input and copies its collections, so a
 * value that exists is well formed; an exception names the offending field. Unordered collections are kept
 * sorted, so that equal data compares equal whatever order it was given in.
 */
package org.ogpld.model;
