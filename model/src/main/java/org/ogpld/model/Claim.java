package org.ogpld.model;

import java.net.URI;
import java.util.Optional;

/**
 * What one source, at one place, says about one property of a resource, kept when sources disagree. A claim is
 * not asserted as fact: the resource's own field says what the publisher holds true (or nothing), and the claims
 * beside it show who said what.
 *
 * @param property the RDF property the claim is about, as an absolute IRI (e.g. {@code https://schema.org/startDate})
 * @param value    the value stated; a date keeps its text as written
 * @param source   the document that states it
 * @param statedIn where in the document, e.g. "the header" or "the body text"
 */
public record Claim(String property, ClaimValue value, Optional<Id> source, Optional<Text> statedIn) {

    public Claim {
        Checks.required(property, "property");
        if (!URI.create(property).isAbsolute()) {
            throw new IllegalArgumentException("property '" + property + "' must be an absolute IRI");
        }
        Checks.required(value, "value");
        source = Checks.kind(source, Kind.DOCUMENT, "source");
        statedIn = Checks.optional(statedIn);
    }
}
