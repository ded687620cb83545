/**
 * The YAML/JSON authoring format for a {@link org.ogpld.model.Publication}, described with a full example in
 * {@code model/README.md}. {@link org.ogpld.model.authoring.AuthoringReader} parses a file, resolves local keys,
 * mints ids, and reports every problem at once with its authoring path, file and line.
 */
package org.ogpld.model.authoring;
