package org.ogpld.model.imports;

import org.apache.jena.rdf.model.Model;
import org.ogpld.model.Iris;

/**
 * Statements an importer adds beside the mapped records, for facts of the source that the records have no field
 * for (an OGP member's region, a Popolo contact detail). It writes into the model that already holds the mapped
 * publication, so it can attach to the resources written there.
 */
@FunctionalInterface
public interface Supplement {

    /** A supplement that adds nothing. */
    Supplement NONE = (iris, model) -> { };

    /** Adds the supplement's statements to {@code model}, minting IRIs with {@code iris}. */
    void write(Iris iris, Model model);
}
