/**
 * Popolo JSON in and out: {@link org.ogpld.model.imports.popolo.PopoloImporter} reads persons, organizations,
 * memberships, posts, events and areas into records plus a supplement in Popolo's own RDF terms;
 * {@link org.ogpld.model.imports.popolo.PopoloExporter} writes people, organisations, posts and memberships back.
 * The field-by-field mapping is in {@code model/IMPORTS.md}.
 */
package org.ogpld.model.imports.popolo;
