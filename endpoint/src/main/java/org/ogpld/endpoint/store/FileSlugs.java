package org.ogpld.endpoint.store;

import org.ogpld.model.Slugs;

/** Slugs of file names for their graphs: the name without its extension (and {@code .gz}), slugged as names are. */
final class FileSlugs {

    private FileSlugs() {}

    static String slug(String fileName) {
        String name = fileName;
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        int dot = name.lastIndexOf('.');
        return Slugs.of(dot > 0 ? name.substring(0, dot) : name);
    }
}
