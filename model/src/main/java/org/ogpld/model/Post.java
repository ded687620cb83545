package org.ogpld.model;

import java.util.Optional;
import java.util.Set;

/**
 * A position in an organisation that a person can hold, such as "coordinator of the OGP Platform".
 *
 * @param id           a {@link Kind#POST} id
 * @param label        the post's name in each language
 * @param organisation the organisation the post is in
 * @param role         the role, from the {@value Schemes#ROLE} code list
 * @param holders      the persons who hold it, as the source presents them
 */
public record Post(Id id, Text label, Id organisation, Optional<Code> role, Set<Id> holders) {

    public Post {
        Checks.kind(id, Kind.POST, "id");
        Checks.required(label, "label");
        Checks.kind(organisation, Kind.ORGANISATION, "organisation");
        role = Checks.optional(role);
        role.ifPresent(r -> r.requireScheme(Schemes.ROLE, false, "role"));
        holders = Checks.kinds(holders, Kind.PERSON, "holders");
    }
}
