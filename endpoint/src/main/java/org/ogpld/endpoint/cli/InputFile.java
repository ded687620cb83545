package org.ogpld.endpoint.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.ogpld.model.Slugs;

/**
 * A file given on the command line and what it holds, told by its extension: an authoring file ({@code .yaml},
 * {@code .yml}), an OGP commitments spreadsheet ({@code .csv}), RDF in any syntax Jena knows ({@code .ttl},
 * {@code .nt}, {@code .nq}, {@code .trig}, {@code .rdf}, {@code .jsonld}…). A {@code .json} file is Popolo when its
 * first key is one of Popolo's collections, and an authoring file otherwise.
 *
 * @param path the file
 * @param kind what it holds
 */
record InputFile(Path path, Kind kind) {

    /** What a file holds. */
    enum Kind { AUTHORING, OGP_CSV, POPOLO, RDF }

    private static final Set<String> POPOLO_KEYS = Set.of("persons", "organizations", "memberships", "posts",
            "events", "areas", "meta");

    /**
     * The file and its kind.
     *
     * @throws IOException if a {@code .json} file cannot be read to tell which kind it is
     * @throws IllegalArgumentException if the extension is none of the known ones
     */
    static InputFile of(Path path) throws IOException {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return new InputFile(path, Kind.AUTHORING);
        }
        if (name.endsWith(".csv")) {
            return new InputFile(path, Kind.OGP_CSV);
        }
        if (name.endsWith(".json")) {
            return new InputFile(path, isPopolo(path) ? Kind.POPOLO : Kind.AUTHORING);
        }
        if (RDFLanguages.filenameToLang(path.getFileName().toString()) != null) {
            return new InputFile(path, Kind.RDF);
        }
        throw new IllegalArgumentException(path + ": unknown kind of file; expected .yaml, .yml or .json (authoring"
                + " or Popolo), .csv (OGP commitments) or RDF (.ttl, .nt, .nq, .trig, .rdf, .jsonld)");
    }

    /** The RDF syntax of an RDF file. */
    Lang rdfLang() {
        return RDFLanguages.filenameToLang(path.getFileName().toString());
    }

    /** The slug of the file name without its extension: the default name of its graph. */
    String slug() {
        String name = path.getFileName().toString();
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        int dot = name.lastIndexOf('.');
        return Slugs.of(dot > 0 ? name.substring(0, dot) : name);
    }

    private static boolean isPopolo(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path); JsonParser parser = new JsonFactory().createParser(in)) {
            return parser.nextToken() == JsonToken.START_OBJECT && parser.nextToken() == JsonToken.FIELD_NAME
                    && POPOLO_KEYS.contains(parser.currentName());
        } catch (com.fasterxml.jackson.core.JsonParseException e) {
            return false;
        }
    }
}
