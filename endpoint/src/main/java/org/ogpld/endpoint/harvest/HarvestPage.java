package org.ogpld.endpoint.harvest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The Hydra links of one page of a sorted collection: {@code first}, {@code previous}, {@code next} and
 * {@code last} as keyset URLs of the collection.
 *
 * @param collection the collection's URL
 * @param items every item of the collection, sorted
 * @param start the index of the page's first item
 * @param size the page size
 */
record HarvestPage(String collection, List<String> items, int start, int size) {

    List<String> members() {
        return items.subList(Math.min(start, items.size()), Math.min(start + size, items.size()));
    }

    String first() {
        return at(0);
    }

    String next() {
        return start + size < items.size() ? at(start + size) : null;
    }

    String previous() {
        return start > 0 ? at(Math.max(0, start - size)) : null;
    }

    String last() {
        return at(items.isEmpty() ? 0 : (items.size() - 1) / size * size);
    }

    /** The URL of the page that starts at item {@code index}. */
    private String at(int index) {
        if (index <= 0) {
            return collection + "?size=" + size;
        }
        return collection + "?after=" + URLEncoder.encode(items.get(index - 1), StandardCharsets.UTF_8)
                + "&size=" + size;
    }
}
