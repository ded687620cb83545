package org.ogpld.endpoint.gsp;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.ogpld.endpoint.EndpointException;

/**
 * Refuses RDF/XML that declares a DOCTYPE. Jena's parser already ignores external entities, but a DTD has no
 * use in RDF/XML data and internal entities can still be expanded exponentially ("billion laughs"), so uploads
 * carrying one are turned away before parsing.
 */
final class XmlPrologGuard {

    private XmlPrologGuard() {}

    static void requireNoDoctype(byte[] document) {
        if (decode(document).contains("<!DOCTYPE")) {
            throw EndpointException.badRequest("RDF/XML with a DOCTYPE declaration is refused "
                    + "(no DTDs or entities in uploads)");
        }
    }

    /** Decodes with the charset its byte order mark or first bytes reveal (UTF-16 either way, else UTF-8). */
    private static String decode(byte[] document) {
        Charset charset = StandardCharsets.UTF_8;
        if (document.length >= 2) {
            int b0 = document[0] & 0xFF;
            int b1 = document[1] & 0xFF;
            if (b0 == 0xFE && b1 == 0xFF || b0 == 0x00 && b1 == 0x3C) {
                charset = StandardCharsets.UTF_16BE;
            } else if (b0 == 0xFF && b1 == 0xFE || b0 == 0x3C && b1 == 0x00) {
                charset = StandardCharsets.UTF_16LE;
            }
        }
        return new String(document, charset);
    }
}
