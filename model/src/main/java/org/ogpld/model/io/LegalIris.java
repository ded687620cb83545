package org.ogpld.model.io;

import java.util.Optional;
import java.util.Set;
import org.apache.jena.rfc3986.IRI3986;
import org.apache.jena.rfc3986.IRIParseException;
import org.apache.jena.rfc3986.Issue;

/**
 * The IRIs the store accepts: IRIs with a scheme (and maybe a fragment) that Jena's RFC 3986/3987 parser reads
 * without a syntax error, so non-ASCII letters such as {@code http://example.org/ə} are legal. Refused: characters
 * the IRI grammar excludes (space, controls, {@code < > " { } | ^ ` \}, U+FFFD), bad percent-encoding or ports,
 * relative references, and {@code http:}/{@code https:} IRIs without a host. Other scheme-specific advice (that a
 * URN namespace has two letters, so {@code urn:a} is flagged) is not a reason to refuse data.
 */
public final class LegalIris {

    private static final Set<Issue> REFUSED = Set.of(Issue.http_no_host, Issue.http_empty_host);

    private LegalIris() {}

    /** What is wrong with {@code iri} (naming it), or empty when the store accepts it. */
    public static Optional<String> problem(String iri) {
        try {
            IRI3986 parsed = IRI3986.create(iri);
            if (!parsed.hasScheme()) {
                return Optional.of("Bad IRI " + shown(iri) + ": relative; an absolute IRI is required");
            }
            StringBuilder refused = new StringBuilder();
            parsed.forEachViolation(violation -> {
                if (REFUSED.contains(violation.issue()) && refused.isEmpty()) {
                    refused.append(violation.message());
                }
            });
            return refused.isEmpty() ? Optional.empty()
                    : Optional.of("Bad IRI " + shown(iri) + ": " + reason(iri, refused.toString()));
        } catch (IRIParseException ex) {
            return Optional.of("Bad IRI " + shown(iri) + ": " + reason(iri, ex.getMessage()));
        }
    }

    /** {@code <iri>} with controls and whitespace written as {@code \}{@code uXXXX}, so a message stays one line. */
    public static String shown(String iri) {
        return "<" + escaped(iri, true) + ">";
    }

    /** The parser's message without the IRI it starts with. */
    private static String reason(String iri, String message) {
        String prefix = "<" + iri + ">";
        String rest = message.startsWith(prefix) ? message.substring(prefix.length()) : message;
        return escaped(rest.replaceFirst("^[\\s:-]+", ""), false);
    }

    private static String escaped(String text, boolean spaces) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || Character.isWhitespace(c) && (spaces || c != ' ')) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
