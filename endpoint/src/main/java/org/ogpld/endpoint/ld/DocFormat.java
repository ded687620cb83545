package org.ogpld.endpoint.ld;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.riot.RDFFormat;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * The representations of a resource description, each reachable by content negotiation and by its extension on
 * {@code /doc/{kind}/{slug}.{extension}}. Negotiation follows RFC 9110: the most specific matching range sets an
 * offer's quality, ties go to the earlier offer, so a browser's {@code text/html,...,*}{@code /*;q=0.8} gets HTML.
 */
public enum DocFormat {
    HTML("html", "text/html", "text/html;charset=UTF-8", null),
    TURTLE("ttl", "text/turtle", "text/turtle;charset=UTF-8", RDFFormat.TURTLE_PRETTY),
    JSONLD("jsonld", "application/ld+json", "application/ld+json", null),
    NTRIPLES("nt", "application/n-triples", "application/n-triples", RDFFormat.NTRIPLES),
    RDFXML("rdf", "application/rdf+xml", "application/rdf+xml", RDFFormat.RDFXML_PLAIN);

    /** Media types that clients use for one of the offers. */
    private static final Map<String, DocFormat> ALIASES = Map.of(
            "application/xhtml+xml", HTML,
            "application/x-turtle", TURTLE,
            "application/json", JSONLD,
            "text/plain", NTRIPLES,
            "application/xml", RDFXML);

    private final String extension;
    private final MediaType mediaType;
    private final String contentType;
    private final RDFFormat rdfFormat;

    DocFormat(String extension, String mediaType, String contentType, RDFFormat rdfFormat) {
        this.extension = extension;
        this.mediaType = MediaType.parseMediaType(mediaType);
        this.contentType = contentType;
        this.rdfFormat = rdfFormat;
    }

    public String extension() {
        return extension;
    }

    public MediaType mediaType() {
        return mediaType;
    }

    /** The full {@code Content-Type} header value. */
    public String contentType() {
        return contentType;
    }

    /** The RIOT writer format, {@code null} for HTML and for framed JSON-LD (written by the model's writer). */
    public RDFFormat rdfFormat() {
        return rdfFormat;
    }

    /** The format whose extension is {@code extension}. */
    public static Optional<DocFormat> byExtension(String extension) {
        return Arrays.stream(values()).filter(f -> f.extension.equals(extension)).findFirst();
    }

    /**
     * The best of {@code offers} for an {@code Accept} header; the first offer when there is no header or it cannot
     * be parsed, empty when none is acceptable.
     */
    public static Optional<DocFormat> negotiate(String accept, List<DocFormat> offers) {
        if (accept == null || accept.isBlank()) {
            return Optional.of(offers.get(0));
        }
        List<MediaType> ranges;
        try {
            ranges = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException ex) {
            return Optional.of(offers.get(0));
        }
        DocFormat best = null;
        double bestQuality = 0;
        for (DocFormat offer : offers) {
            double quality = quality(offer, ranges);
            if (quality > bestQuality) {
                best = offer;
                bestQuality = quality;
            }
        }
        return Optional.ofNullable(best);
    }

    private static double quality(DocFormat offer, List<MediaType> ranges) {
        double quality = quality(offer.mediaType, ranges);
        for (Map.Entry<String, DocFormat> alias : ALIASES.entrySet()) {
            if (alias.getValue() == offer) {
                quality = Math.max(quality, exactQuality(MediaType.parseMediaType(alias.getKey()), ranges));
            }
        }
        return quality;
    }

    private static double quality(MediaType offer, List<MediaType> ranges) {
        MediaType chosen = null;
        for (MediaType range : ranges) {
            if (range.includes(offer) && (chosen == null || specificity(range) > specificity(chosen))) {
                chosen = range;
            }
        }
        return chosen == null ? 0 : chosen.getQualityValue();
    }

    /** Aliases count only when named outright, so that {@code *}{@code /*} does not rank them. */
    private static double exactQuality(MediaType alias, List<MediaType> ranges) {
        return ranges.stream().filter(r -> !r.isWildcardType() && !r.isWildcardSubtype()
                && r.getType().equals(alias.getType()) && r.getSubtype().equals(alias.getSubtype()))
                .mapToDouble(MediaType::getQualityValue).max().orElse(0);
    }

    private static int specificity(MediaType range) {
        return range.isWildcardType() ? 0 : range.isWildcardSubtype() ? 1 : 2;
    }
}
