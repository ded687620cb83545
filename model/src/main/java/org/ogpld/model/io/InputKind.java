package org.ogpld.model.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;

/**
 * What a source holds, told by its file name (without {@code .gz}): an authoring file ({@code .yaml}, {@code .yml}),
 * an OGP commitments sheet ({@code .csv}), RDF in any syntax RIOT knows ({@code .ttl}, {@code .nt}, {@code .nq},
 * {@code .trig}, {@code .rdf}, {@code .jsonld}…). A {@code .json} file is Popolo when its first key is one of
 * Popolo's collections, and an authoring file otherwise.
 */
public enum InputKind {
    AUTHORING, SHEET, POPOLO, RDF;

    private static final Set<String> POPOLO_KEYS = Set.of("persons", "organizations", "memberships", "posts",
            "events", "areas", "meta");

    /**
     * The kind of {@code source}; a {@code .json} source is opened to read its first key.
     *
     * @throws IllegalArgumentException naming the source, if its name is none of the known kinds
     */
    public static InputKind of(InputSource source) throws IOException {
        String name = source.contentName().toLowerCase(Locale.ROOT);
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return AUTHORING;
        }
        if (name.endsWith(".csv")) {
            return SHEET;
        }
        if (name.endsWith(".json")) {
            return isPopolo(source) ? POPOLO : AUTHORING;
        }
        if (rdfLang(source).isPresent()) {
            return RDF;
        }
        throw new IllegalArgumentException(source + ": unknown kind of file; expected .yaml, .yml or .json "
                + "(authoring or Popolo), .csv (OGP commitments) or RDF (.ttl, .nt, .nq, .trig, .rdf, .jsonld), "
                + "each possibly .gz");
    }

    /** The RDF syntax of {@code source}, by its name, if RIOT knows it. */
    static Optional<Lang> rdfLang(InputSource source) {
        return Optional.ofNullable(RDFLanguages.filenameToLang(source.contentName()));
    }

    private static boolean isPopolo(InputSource source) throws IOException {
        try (InputStream in = source.open(); JsonParser parser = new JsonFactory().createParser(in)) {
            return parser.nextToken() == JsonToken.START_OBJECT && parser.nextToken() == JsonToken.FIELD_NAME
                    && POPOLO_KEYS.contains(parser.currentName());
        } catch (JsonParseException e) {
            return false;
        }
    }
}
