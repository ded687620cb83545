package org.ogpld.model.publish;

import java.util.List;
import org.ogpld.model.Problem;

/**
 * The outcome of validating a publication.
 *
 * @param errors   problems that forbid publishing (SHACL violations, unknown codes, structural errors)
 * @param warnings advice (SHACL warnings), which does not stop publishing
 */
public record Validation(List<Problem> errors, List<Problem> warnings) {

    public Validation {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    public boolean isValid() {
        return errors.isEmpty();
    }
}
