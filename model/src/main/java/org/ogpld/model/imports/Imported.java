package org.ogpld.model.imports;

import java.util.List;
import java.util.Objects;
import org.ogpld.model.Publication;

/**
 * What one import produced: the publication (one named graph), the supplement of facts the records have no field
 * for, and, in lenient mode, the problems of the records left out.
 *
 * @param publication the records
 * @param supplement  statements to add beside the mapped records
 * @param rejected    problems of the records that were not imported (empty unless lenient)
 */
public record Imported(Publication publication, Supplement supplement, List<ImportProblem> rejected) {

    public Imported {
        Objects.requireNonNull(publication, "publication");
        Objects.requireNonNull(supplement, "supplement");
        rejected = List.copyOf(rejected);
    }
}
