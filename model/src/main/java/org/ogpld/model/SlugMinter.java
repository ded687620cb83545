package org.ogpld.model;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Mints ids from names, one namespace per {@link Kind}, giving colliding names a stable numeric suffix: the second
 * "Kamal Cəfərov" person becomes {@code kamal-cafarov-2}, the third {@code kamal-cafarov-3}. The suffix depends only
 * on the order in which names are minted, so the same input in the same order gives the same ids on every run.
 *
 * <pre>{@code
 * SlugMinter minter = new SlugMinter();
 * Id nuriyev = minter.mint(Kind.PERSON, "Əliməmməd Nuriyev");   // person/alimammad-nuriyev
 * }</pre>
 *
 * <p>Not thread-safe: use one minter per publication being built.
 */
public final class SlugMinter {

    private final Map<Kind, Set<String>> taken = new EnumMap<>(Kind.class);

    /** An id for {@code name}, unique among the ids of this kind minted or reserved so far. */
    public Id mint(Kind kind, String name) {
        Checks.required(kind, "kind");
        String base = Slugs.of(name);
        Set<String> used = taken.computeIfAbsent(kind, k -> new HashSet<>());
        String slug = base;
        for (int n = 2; used.contains(slug); n++) {
            slug = base + "-" + n;
        }
        used.add(slug);
        return new Id(kind, slug);
    }

    /**
     * Claims an id chosen by hand, so that minting never hands it out again.
     *
     * @return false if it was already taken (the caller decides whether that is an error)
     */
    public boolean reserve(Id id) {
        Checks.required(id, "id");
        return taken.computeIfAbsent(id.kind(), k -> new HashSet<>()).add(id.slug());
    }
}
