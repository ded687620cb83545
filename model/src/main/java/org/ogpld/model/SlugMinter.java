package org.ogpld.model;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The ids taken in one publication being built, one namespace per {@link Kind}, so that no id is handed out twice.
 * Ids themselves come from the minting rules ({@link Minting}, {@link Slugs#scoped}); a collision is reported, or
 * resolved by something of the resource's own (its local key), never by a suffix that depends on input order.
 *
 * <pre>{@code
 * SlugMinter taken = new SlugMinter();
 * taken.reserve(Id.of(Kind.PERSON, "q57549"));   // true; false the second time
 * }</pre>
 *
 * <p>Not thread-safe: use one per publication being built.
 */
public final class SlugMinter {

    private final Map<Kind, Set<String>> taken = new EnumMap<>(Kind.class);

    /**
     * Claims an id, so that it is never handed out again.
     *
     * @return false if it was already taken (the caller decides whether that is an error)
     */
    public boolean reserve(Id id) {
        Checks.required(id, "id");
        return taken.computeIfAbsent(id.kind(), k -> new HashSet<>()).add(id.slug());
    }
}
