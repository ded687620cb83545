/**
 * The OGP commitments spreadsheet importer ({@link org.ogpld.model.imports.ogp.OgpCommitmentsImporter}): every column
 * it maps, and every column it deliberately skips with the reason, are listed in {@code model/IMPORTS.md} and in
 * {@code Columns}.
 */
package org.ogpld.model.imports.ogp;
