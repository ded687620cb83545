package org.ogpld.model;

import java.util.Optional;

/**
 * That a person or organisation is a member of an organisation, in some role, over some time.
 *
 * @param id           a {@link Kind#MEMBERSHIP} id
 * @param member       the member: a person or an organisation
 * @param organisation the organisation they are a member of
 * @param role         the role, from the {@value Schemes#ROLE} code list
 * @param label        how the source describes the membership
 * @param during       when it held
 */
public record Membership(Id id, Id member, Id organisation, Optional<Code> role, Optional<Text> label,
                         Optional<Interval> during) {

    public Membership {
        Checks.kind(id, Kind.MEMBERSHIP, "id");
        Checks.required(member, "member");
        if (member.kind() != Kind.PERSON && member.kind() != Kind.ORGANISATION) {
            throw new IllegalArgumentException("member must be a person or organisation id, not " + member);
        }
        Checks.kind(organisation, Kind.ORGANISATION, "organisation");
        if (member.equals(organisation)) {
            throw new IllegalArgumentException("an organisation cannot be a member of itself");
        }
        role = Checks.optional(role);
        role.ifPresent(r -> r.requireScheme(Schemes.ROLE, false, "role"));
        label = Checks.optional(label);
        during = Checks.optional(during);
    }
}
