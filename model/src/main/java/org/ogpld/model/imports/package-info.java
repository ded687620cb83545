/**
 * Importers that bring existing open data into OGP-LD records: the OGP commitments spreadsheet
 * ({@link org.ogpld.model.imports.ogp}) and Popolo JSON ({@link org.ogpld.model.imports.popolo}). Each turns one
 * source file into one {@link org.ogpld.model.Publication} (one named graph), plus a {@link
 * org.ogpld.model.imports.Supplement} for the source's facts that the records have no field for.
 *
 * <p>Bad input is reported as {@link org.ogpld.model.imports.ImportProblem}s naming the file, the line, the record,
 * the field and the value. By default one problem means nothing is imported ({@link
 * org.ogpld.model.imports.ImportException}); in lenient mode the good records are imported and the rest reported.
 */
package org.ogpld.model.imports;
