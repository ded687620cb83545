package org.ogpld.model.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ogpld.model.Id;

/**
 * The first pass over an authoring file: every local key gets an id. Slugs given by hand are claimed first; the
 * others are minted from names in file order, so that collisions get the same suffix on every run.
 */
final class Keys {

    private Keys() {
    }

    static void assign(Cursor root) {
        List<Runnable> minting = new ArrayList<>();
        for (Section section : Section.values()) {
            for (Map.Entry<String, Cursor> entry : root.field(section.field()).members().entrySet()) {
                Cursor c = entry.getValue();
                Cursor slug = c.field("slug");
                if (slug.present()) {
                    slug.string().ifPresent(text -> claim(section, entry.getKey(), slug, text));
                } else {
                    minting.add(() -> mint(section, entry.getKey(), c));
                }
            }
        }
        minting.forEach(Runnable::run);
    }

    private static void claim(Section section, String key, Cursor slug, String text) {
        if (!Id.isSlug(text)) {
            slug.problem("slug '" + text + "' must be lowercase letters a-z and digits joined by single hyphens");
            return;
        }
        Id id = Id.of(section.kind(), text);
        if (!slug.binding().minter().reserve(id)) {
            slug.problem("slug '" + text + "' is already used by another " + section.kind().segment());
            return;
        }
        slug.binding().register(parent(slug, section, key), key, id);
    }

    private static void mint(Section section, String key, Cursor c) {
        String name = section.name(c).orElse(key);
        c.binding().register(c, key, c.binding().minter().mint(section.kind(), name));
    }

    private static Cursor parent(Cursor slug, Section section, String key) {
        return slug.binding().root().field(section.field()).field(key);
    }
}
