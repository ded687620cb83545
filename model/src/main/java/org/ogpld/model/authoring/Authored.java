package org.ogpld.model.authoring;

import java.util.Map;
import java.util.Optional;
import org.ogpld.model.Id;
import org.ogpld.model.Problem;
import org.ogpld.model.Publication;

/**
 * A publication read from an authoring file, with where each of its resources was written, so that problems found
 * later (by the SHACL shapes) can point back into the file.
 *
 * @param publication the publication
 * @param file        the file it was read from
 * @param origins     for each resource, its authoring path, line and column
 */
public record Authored(Publication publication, String file, Map<Id, Origin> origins) {

    /** Where a resource was written. */
    public record Origin(String path, int line, int column) {
    }

    public Authored {
        origins = Map.copyOf(origins);
    }

    /** A problem with {@code id} placed at the resource's origin, with {@code detail} appended to its path. */
    public Problem problem(Optional<Id> id, String detail, String message) {
        Optional<Origin> origin = id.map(origins::get);
        if (origin.isEmpty()) {
            return Problem.at(id.map(Id::path).orElse("publication") + detail, message).in(file, 1, 1);
        }
        return Problem.at(origin.get().path() + detail, message)
                .in(file, origin.get().line(), origin.get().column());
    }
}
