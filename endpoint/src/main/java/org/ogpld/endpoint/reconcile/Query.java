package org.ogpld.endpoint.reconcile;

import java.util.List;
import java.util.Set;

/**
 * One reconciliation query, checked.
 *
 * @param text the name or identifier to match, empty for a query of properties only
 * @param types the wanted types, empty for any
 * @param limit most candidates to return
 * @param constraints property constraints
 */
record Query(String text, Set<EntityType> types, int limit, List<Constraint> constraints) {

    Query {
        text = text == null ? "" : text.strip();
        types = Set.copyOf(types);
        constraints = List.copyOf(constraints);
    }

    /**
     * A property constraint: the candidate's {@code property} fact should be one of {@code values}.
     *
     * @param property a {@link Properties#constraints() constraint property}
     * @param values names, identifiers, or IRIs of reconciled entities
     */
    record Constraint(String property, List<String> values) {
        Constraint {
            values = List.copyOf(values);
        }
    }
}
