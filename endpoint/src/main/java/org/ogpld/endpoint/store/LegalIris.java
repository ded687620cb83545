package org.ogpld.endpoint.store;

import java.util.Optional;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

/**
 * The IRIs the store accepts: IRIs with a scheme (and maybe a fragment) that Jena's IRI parser reads without a
 * syntax error (RFC 3987, so non-ASCII letters such as {@code http://example.org/ə} are legal). Refused: characters
 * the IRI grammar excludes (space, controls, {@code < > " { } | ^ ` \}), bad percent-encoding or ports, an empty
 * host in {@code http:}, and relative references. Jena's scheme-specific advice (it flags {@code urn:a} because
 * RFC 8141 wants a two-letter namespace) is not a reason to refuse data.
 */
public final class LegalIris {

    private LegalIris() {}

    /** What is wrong with {@code iri} (naming it), or empty when the store accepts it. */
    public static Optional<String> problem(String iri) {
        try {
            if (IRIx.create(iri).isRelative()) {
                return Optional.of("Bad IRI " + shown(iri) + ": relative; an absolute IRI is required");
            }
            return Optional.empty();
        } catch (IRIException ex) {
            return Optional.of("Bad IRI " + shown(iri) + ": " + reason(iri, ex.getMessage()));
        }
    }

    /** {@code <iri>} with controls and whitespace written as {@code \}{@code uXXXX}, so a message stays one line. */
    public static String shown(String iri) {
        StringBuilder out = new StringBuilder(iri.length() + 2).append('<');
        iri.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || Character.isWhitespace(c)) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.append('>').toString();
    }

    /** Jena's message without the IRI it starts with. */
    private static String reason(String iri, String message) {
        String prefix = "<" + iri + ">";
        return message.startsWith(prefix) ? message.substring(prefix.length()).trim() : message;
    }
}
