package org.ogpld.endpoint.sparql;

import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.resultset.ResultSetLang;

/**
 * One representation the endpoint can produce: its media type, the {@code Content-Type} sent, the names usable
 * in Fuseki's {@code format=}/{@code output=} parameter, and how Jena writes it.
 *
 * @param mediaType the canonical media type offered in content negotiation
 * @param contentType the full {@code Content-Type} header value
 * @param names short names and aliases accepted by {@code format=}/{@code output=}
 * @param lang the Jena language
 * @param rdfFormat the RIOT writer format for RDF, {@code null} for SPARQL results
 * @param streaming whether the writer streams (does not need the whole graph first)
 */
public record OutputFormat(String mediaType, String contentType, List<String> names, Lang lang, RDFFormat rdfFormat,
        boolean streaming) {

    public static final OutputFormat RESULTS_JSON = results("application/sparql-results+json",
            "application/sparql-results+json", ResultSetLang.RS_JSON, "json", "srj");
    public static final OutputFormat RESULTS_XML = results("application/sparql-results+xml",
            "application/sparql-results+xml", ResultSetLang.RS_XML, "xml", "srx");
    public static final OutputFormat RESULTS_CSV = results("text/csv", "text/csv; charset=utf-8",
            ResultSetLang.RS_CSV, "csv");
    public static final OutputFormat RESULTS_TSV = results("text/tab-separated-values",
            "text/tab-separated-values; charset=utf-8", ResultSetLang.RS_TSV, "tsv");
    /** A text table for people, as Fuseki answers {@code text/plain} (Jena's {@code ResultSetFormatter}). */
    public static final OutputFormat RESULTS_TEXT = results("text/plain", "text/plain; charset=utf-8",
            ResultSetLang.RS_Text, "text", "txt");

    public static final OutputFormat TURTLE = rdf("text/turtle", "text/turtle; charset=utf-8", Lang.TURTLE,
            RDFFormat.TURTLE_BLOCKS, true, "ttl", "turtle");
    public static final OutputFormat NTRIPLES = rdf("application/n-triples", "application/n-triples", Lang.NTRIPLES,
            RDFFormat.NTRIPLES, true, "nt", "ntriples", "n-triples");
    public static final OutputFormat RDFXML = rdf("application/rdf+xml", "application/rdf+xml", Lang.RDFXML,
            RDFFormat.RDFXML_PLAIN, false, "rdf", "rdfxml", "xml");
    public static final OutputFormat JSONLD = rdf("application/ld+json", "application/ld+json", Lang.JSONLD,
            RDFFormat.JSONLD11, false, "jsonld", "json-ld", "json");
    public static final OutputFormat TRIG = rdf("application/trig", "application/trig; charset=utf-8", Lang.TRIG,
            RDFFormat.TRIG_BLOCKS, true, "trig");
    public static final OutputFormat NQUADS = rdf("application/n-quads", "application/n-quads", Lang.NQUADS,
            RDFFormat.NQUADS, true, "nq", "nquads", "n-quads");

    public OutputFormat {
        names = List.copyOf(names);
    }

    /** Whether the format is one of the quad syntaxes (TriG, N-Quads). */
    public boolean quads() {
        return lang.equals(Lang.TRIG) || lang.equals(Lang.NQUADS);
    }

    private static OutputFormat results(String mediaType, String contentType, Lang lang, String... names) {
        return new OutputFormat(mediaType, contentType, List.of(names), lang, null, true);
    }

    private static OutputFormat rdf(String mediaType, String contentType, Lang lang, RDFFormat format,
            boolean streaming, String... names) {
        return new OutputFormat(mediaType, contentType, List.of(names), lang, format, streaming);
    }
}
