package org.ogpld.endpoint.reconcile;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The types a reconciliation query may ask for, one per kind of resource researchers keep lists of. A resource has
 * every type whose classes it has: an OGP member is also an organisation.
 */
enum EntityType {
    MEMBER("member", "OGP member", "A country or local government that takes part in the Open Government Partnership",
            "https://w3id.org/ogp-ld/ns#OgpMember"),
    ORGANISATION("organisation", "Organisation", "An agency, ministry, NGO, programme or other organisation",
            "http://www.w3.org/ns/org#Organization"),
    PERSON("person", "Person", "A person: a speaker, an official, a member of parliament",
            "http://www.w3.org/ns/person#Person", "http://xmlns.com/foaf/0.1/Person"),
    COMMITMENT("commitment", "Commitment", "A commitment of a national or local action plan (AL0002)",
            "https://w3id.org/ogp-ld/ns#Commitment"),
    ACTION_PLAN("action-plan", "Action plan", "An OGP member's action plan (AP_ALB01)",
            "https://w3id.org/ogp-ld/ns#NationalActionPlan"),
    EVENT("event", "Event", "A round table, conference or other public event",
            "http://data.europa.eu/m8g/PublicEvent", "https://schema.org/Event");

    private final String id;
    private final String label;
    private final String description;
    private final List<String> classes;

    EntityType(String id, String label, String description, String... classes) {
        this.id = id;
        this.label = label;
        this.description = description;
        this.classes = List.of(classes);
    }

    /** The type's identifier in queries and answers. */
    String id() {
        return id;
    }

    String label() {
        return label;
    }

    String description() {
        return description;
    }

    /** The classes (IRIs) whose instances have this type. */
    List<String> classes() {
        return classes;
    }

    /** The type a query names, by its id or one of its class IRIs, case-insensitive for the id. */
    static Optional<EntityType> of(String name) {
        String wanted = name.strip();
        return Arrays.stream(values())
                .filter(t -> t.id.equals(wanted.toLowerCase(Locale.ROOT)) || t.classes.contains(wanted))
                .findFirst();
    }
}
