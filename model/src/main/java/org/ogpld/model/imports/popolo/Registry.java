package org.ogpld.model.imports.popolo;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ogpld.model.Id;
import org.ogpld.model.Identifier;
import org.ogpld.model.Kind;
import org.ogpld.model.Minting;
import org.ogpld.model.Slugs;

/**
 * The ids of a Popolo document's objects, by the minting rules of {@code model/README.md}: an object with an
 * authority identifier (Wikidata) that no other object of the document shares gets its slug from it
 * ({@code person/q28527865}); any other object gets its Popolo {@code id} scoped to the document's source
 * ({@code organisation/national-assembly-5f1c2d3e-yap}); an object without a Popolo id (EveryPolitician's
 * memberships) gets a digest of its own content in that scope. Nothing depends on the order of the objects, and
 * no name is used, so two people or parties of one name in two documents never share an id.
 */
final class Registry {

    private final String scope;
    private final Map<Kind, Map<String, Id>> byPopoloId = new EnumMap<>(Kind.class);
    private final Map<Id, String> taken = new HashMap<>();

    /** A registry for the document whose source is {@code scope} (a slug). */
    Registry(String scope) {
        this.scope = scope;
    }

    /**
     * Registers the object {@code key} (its Popolo id, or its path if it has none), with the authority slug it may
     * use ({@code authority}, empty if shared or absent) and the text it is otherwise minted from.
     *
     * @return false if {@code key} is already taken in its collection
     */
    boolean register(Kind kind, String key, Optional<String> authority, String scoped) {
        Map<String, Id> ids = byPopoloId.computeIfAbsent(kind, k -> new LinkedHashMap<>());
        if (ids.containsKey(key)) {
            return false;
        }
        Id id = new Id(kind, authority.orElseGet(() -> Slugs.scoped(scope, scoped)));
        if (taken.putIfAbsent(id, key) != null) {
            return false;
        }
        ids.put(key, id);
        return true;
    }

    /** The slug an object's Wikidata id gives it, if it has one. */
    static Optional<String> authority(Kind kind, Set<Identifier> identifiers) {
        return Minting.authority(kind, identifiers.stream().filter(i -> i.scheme().equals(Identifier.WIKIDATA))
                .toList());
    }

    /** The id minted for a Popolo object, if the document has it. */
    Optional<Id> find(Kind kind, String popoloId) {
        return Optional.ofNullable(byPopoloId.getOrDefault(kind, Map.of()).get(popoloId));
    }

    /** The id of a place the document names only by text (an event's location): the text in this scope. */
    Id place(String text) {
        return new Id(Kind.PLACE, Slugs.scoped(scope, "location", text));
    }
}
