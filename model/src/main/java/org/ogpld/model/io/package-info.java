/**
 * The one way in: every input (authoring YAML/JSON, the OGP commitments sheet, Popolo JSON, RDF in any syntax, each
 * possibly gzipped) is opened ({@link org.ogpld.model.io.InputSource}), told apart ({@link
 * org.ogpld.model.io.InputKind}), read ({@link org.ogpld.model.io.InputReader}), named and validated ({@link
 * org.ogpld.model.io.Input}) here, so that the command line and the server load a file alike. RDF is parsed by
 * {@link org.ogpld.model.io.SafeParsing}: errors carry their line and column, illegal IRIs are errors and nothing
 * is fetched on the data's behalf. Problems read {@code file:line:column: message} ({@link
 * org.ogpld.model.io.InputErrors}).
 */
package org.ogpld.model.io;
