package org.ogpld.endpoint.sparql;

import org.ogpld.endpoint.EndpointException;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;

/** The size limit of query and update text, checked before parsing (the parser's cost grows faster than size). */
final class TextSize {

    private TextSize() {}

    /** Refuses {@code text} with 413 when its UTF-8 form is longer than {@code max}. */
    static void check(String text, DataSize max, String what, String property) {
        long bytes = utf8Length(text);
        if (bytes > max.toBytes()) {
            throw new EndpointException(HttpStatus.CONTENT_TOO_LARGE, "The " + what + " is " + bytes
                    + " bytes long; the limit is " + max.toBytes() + " (" + property + ")");
        }
    }

    static long utf8Length(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
        }
        return bytes;
    }
}
