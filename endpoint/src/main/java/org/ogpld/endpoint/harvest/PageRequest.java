package org.ogpld.endpoint.harvest;

import java.util.Collections;
import java.util.List;
import org.ogpld.endpoint.EndpointException;

/**
 * One page of a harvest collection: the items after a key, at most {@code size} of them. Keyset paging: the key is
 * the IRI of the last item of the previous page, so pages stay stable when items are added or removed elsewhere.
 *
 * @param after the IRI the page starts after, or {@code null} for the first page
 * @param size how many items a page holds
 */
record PageRequest(String after, int size) {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 200;

    /** Validates the query parameters {@code after} and {@code size}. */
    static PageRequest of(String after, String size) {
        int parsed = DEFAULT_SIZE;
        if (size != null) {
            try {
                parsed = Integer.parseInt(size.trim());
            } catch (NumberFormatException ex) {
                throw EndpointException.badRequest("size must be a whole number from 1 to " + MAX_SIZE + ": " + size);
            }
            if (parsed < 1 || parsed > MAX_SIZE) {
                throw EndpointException.badRequest("size must be from 1 to " + MAX_SIZE + " (the cap): " + size);
            }
        }
        return new PageRequest(after == null || after.isBlank() ? null : after, parsed);
    }

    /** Where in {@code items} (sorted) this page starts. */
    int start(List<String> items) {
        if (after == null) {
            return 0;
        }
        int at = Collections.binarySearch(items, after);
        return at >= 0 ? at + 1 : -at - 1;
    }
}
