package org.ogpld.model.publish;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/** The formats a publication can be written in. */
public enum RdfFormat {
    /** Turtle, pretty, with the vocabulary's prefixes. */
    TURTLE("ttl", "text/turtle", RDFFormat.TURTLE_PRETTY, false),
    /** N-Triples, streamed. */
    NTRIPLES("nt", "application/n-triples", RDFFormat.NTRIPLES, false),
    /** N-Quads, streamed, with the publication's graph name. */
    NQUADS("nq", "application/n-quads", RDFFormat.NQUADS, true),
    /** TriG, pretty, with the publication's graph name. */
    TRIG("trig", "application/trig", RDFFormat.TRIG_PRETTY, true),
    /** RDF/XML. */
    RDFXML("rdf", "application/rdf+xml", RDFFormat.RDFXML_PLAIN, false),
    /** JSON-LD 1.1, compacted with the OGP-LD context (streamed), or framed for one kind of resource. */
    JSONLD("jsonld", "application/ld+json", null, false);

    private final String extension;
    private final String mediaType;
    private final RDFFormat jena;
    private final boolean quads;

    RdfFormat(String extension, String mediaType, RDFFormat jena, boolean quads) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.jena = jena;
        this.quads = quads;
    }

    /** The usual file extension, without the dot: {@code ttl}, {@code jsonld}… */
    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** Whether the format carries the graph name. */
    public boolean quads() {
        return quads;
    }

    RDFFormat jena() {
        return jena;
    }

    /** The format for an extension or short name ({@code ttl}, {@code turtle}, {@code nt}, {@code jsonld}…). */
    public static Optional<RdfFormat> of(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(f -> f.extension.equals(lower) || f.name().toLowerCase(Locale.ROOT).equals(lower))
                .findFirst();
    }

    /** The Jena language, for parsing. */
    public Lang lang() {
        return this == JSONLD ? Lang.JSONLD11 : jena.getLang();
    }
}
