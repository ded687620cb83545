package org.ogpld.model.imports.popolo;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.ogpld.model.Id;
import org.ogpld.model.Kind;
import org.ogpld.model.SlugMinter;

/**
 * The ids of a Popolo document's objects: each Popolo {@code id} (unique per collection) gets an OGP-LD id whose
 * slug is minted from the object's name by DESIGN.md's rules, in document order, so the same file always gives the
 * same ids. Objects without a Popolo id (EveryPolitician's memberships) get one of their own.
 */
final class Registry {

    private final SlugMinter minter = new SlugMinter();
    private final Map<Kind, Map<String, Id>> byPopoloId = new EnumMap<>(Kind.class);
    private final Map<Kind, Map<String, String>> names = new EnumMap<>(Kind.class);

    /** Mints the id of an object named {@code name}; false if {@code popoloId} is already taken in its collection. */
    boolean register(Kind kind, String popoloId, String name) {
        Map<String, Id> ids = byPopoloId.computeIfAbsent(kind, k -> new LinkedHashMap<>());
        if (ids.containsKey(popoloId)) {
            return false;
        }
        ids.put(popoloId, minter.mint(kind, name));
        names.computeIfAbsent(kind, k -> new LinkedHashMap<>()).put(popoloId, name);
        return true;
    }

    /** The id minted for a Popolo object, if the document has it. */
    Optional<Id> find(Kind kind, String popoloId) {
        return Optional.ofNullable(byPopoloId.getOrDefault(kind, Map.of()).get(popoloId));
    }

    /** The name an object was registered with. */
    Optional<String> name(Kind kind, String popoloId) {
        return Optional.ofNullable(names.getOrDefault(kind, Map.of()).get(popoloId));
    }

    /** A fresh id for an object Popolo gives no id, named {@code name}. */
    Id mint(Kind kind, String name) {
        return minter.mint(kind, name);
    }
}
