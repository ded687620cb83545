package org.ogpld.endpoint.sparql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ogpld.endpoint.EndpointException;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * Content negotiation over a fixed list of offers: Fuseki's {@code format=}/{@code output=} override wins, then
 * the {@code Accept} header by q-value (the most specific matching range sets an offer's quality, RFC 9110
 * section 12.5.1), ties going to the earlier offer. No {@code Accept} means the first offer.
 */
public final class Negotiation {

    /** Media types clients commonly ask for that mean one of the offers. */
    private static final Map<String, List<OutputFormat>> ALIASES = Map.of(
            "application/json", List.of(OutputFormat.RESULTS_JSON, OutputFormat.JSONLD),
            "application/xml", List.of(OutputFormat.RESULTS_XML, OutputFormat.RDFXML),
            "text/xml", List.of(OutputFormat.RESULTS_XML, OutputFormat.RDFXML),
            "text/plain", List.of(OutputFormat.NTRIPLES, OutputFormat.NQUADS),
            "application/x-turtle", List.of(OutputFormat.TURTLE),
            "application/x-trig", List.of(OutputFormat.TRIG));

    /** SELECT results. */
    public static final Negotiation SELECT = new Negotiation("SELECT results",
            List.of(OutputFormat.RESULTS_JSON, OutputFormat.RESULTS_XML, OutputFormat.RESULTS_CSV,
                    OutputFormat.RESULTS_TSV, OutputFormat.RESULTS_TEXT));
    /** ASK results. */
    public static final Negotiation ASK = new Negotiation("ASK results",
            List.of(OutputFormat.RESULTS_JSON, OutputFormat.RESULTS_XML, OutputFormat.RESULTS_CSV,
                    OutputFormat.RESULTS_TSV, OutputFormat.RESULTS_TEXT));
    /** A graph: CONSTRUCT and DESCRIBE results, a GSP graph, the service description. */
    public static final Negotiation GRAPH = new Negotiation("RDF graphs",
            List.of(OutputFormat.TURTLE, OutputFormat.NTRIPLES, OutputFormat.RDFXML, OutputFormat.JSONLD,
                    OutputFormat.TRIG, OutputFormat.NQUADS));
    /** A whole dataset with its named graphs. */
    public static final Negotiation DATASET = new Negotiation("RDF datasets",
            List.of(OutputFormat.TRIG, OutputFormat.NQUADS, OutputFormat.JSONLD));

    /** An offer; an alias is chosen only when the client names it, never through a wildcard. */
    private record Offer(MediaType type, OutputFormat format, boolean alias) {}

    private final String what;
    private final List<OutputFormat> formats;
    private final List<Offer> offers;

    private Negotiation(String what, List<OutputFormat> formats) {
        this.what = what;
        this.formats = List.copyOf(formats);
        List<Offer> all = new ArrayList<>();
        formats.forEach(f -> all.add(new Offer(MediaType.parseMediaType(f.mediaType()), f, false)));
        ALIASES.forEach((type, targets) -> targets.stream().filter(formats::contains).findFirst()
                .ifPresent(f -> all.add(new Offer(MediaType.parseMediaType(type), f, true))));
        this.offers = List.copyOf(all);
    }

    /**
     * Chooses the format for a response.
     *
     * @param accept the {@code Accept} header, may be null
     * @param override the {@code format=} or {@code output=} parameter, may be null
     * @throws EndpointException 400 for an unknown override, 406 when nothing offered is acceptable
     */
    public OutputFormat choose(String accept, String override) {
        if (override != null && !override.isBlank()) {
            return byName(override.trim());
        }
        if (accept == null || accept.isBlank()) {
            return formats.get(0);
        }
        List<MediaType> ranges;
        try {
            ranges = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException ex) {
            return formats.get(0);
        }
        Offer best = null;
        double bestQuality = 0;
        for (Offer offer : offers) {
            double quality = quality(offer, ranges);
            if (quality > bestQuality) {
                best = offer;
                bestQuality = quality;
            }
        }
        if (best == null) {
            throw EndpointException.notAcceptable("None of the media types in Accept (" + accept + ") is available for "
                    + what + "; available: " + mediaTypes());
        }
        return best.format();
    }

    private static double quality(Offer offer, List<MediaType> ranges) {
        MediaType chosen = null;
        for (MediaType range : ranges) {
            boolean applies = offer.alias() ? range.equalsTypeAndSubtype(offer.type()) : range.includes(offer.type());
            if (applies && (chosen == null || specificity(range) > specificity(chosen))) {
                chosen = range;
            }
        }
        return chosen == null ? 0 : chosen.getQualityValue();
    }

    private static int specificity(MediaType range) {
        return range.isWildcardType() ? 0 : range.isWildcardSubtype() ? 1 : 2;
    }

    private OutputFormat byName(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        for (OutputFormat format : formats) {
            if (format.names().contains(wanted) || format.mediaType().equals(wanted)) {
                return format;
            }
        }
        for (Offer offer : offers) {
            if (offer.type().toString().equals(wanted)) {
                return offer.format();
            }
        }
        throw EndpointException.badRequest("Unknown output format '" + name + "' for " + what + "; available: "
                + formats.stream().map(f -> f.names().get(0)).toList());
    }

    private List<String> mediaTypes() {
        return formats.stream().map(OutputFormat::mediaType).toList();
    }
}
