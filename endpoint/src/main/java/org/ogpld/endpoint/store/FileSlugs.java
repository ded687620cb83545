package org.ogpld.endpoint.store;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;

/** Slugs of file names, by the rules of DESIGN.md (ə→a, ı→i, then NFKD without marks, lowercase, dashes). */
final class FileSlugs {

    private FileSlugs() {}

    static String slug(Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        int dot = name.lastIndexOf('.');
        return slug(dot > 0 ? name.substring(0, dot) : name);
    }

    static String slug(String text) {
        String mapped = text.replaceAll("[əƏәӘ]", "a").replace('ı', 'i');
        String decomposed = Normalizer.normalize(mapped, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = decomposed.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return slug.replaceAll("^-+|-+$", "");
    }
}
