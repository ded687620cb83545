package org.ogpld.vocab;

import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Constants for the OGP-LD code lists, SKOS concept schemes at {@code https://w3id.org/ogp-ld/code/{scheme}} whose
 * concepts are {@code https://w3id.org/ogp-ld/code/{scheme}/{code}}, as defined in {@code org/ogpld/vocab/codes.ttl}.
 *
 * <pre>{@code
 * Resource roundTable = OGPCode.concept(OGPCode.eventType, "round-table");
 * }</pre>
 */
public final class OGPCode {

    /** The namespace of all code lists, ending in {@code /}. */
    public static final String NS = "https://w3id.org/ogp-ld/code/";

    private static final Pattern KEBAB_CASE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** The four OGP values: access to information, civic participation, public accountability, technology. */
    public static final Resource ogpValue = scheme("ogp-value");

    /** OGP policy areas: the ten top-level groups and their sub-areas. */
    public static final Resource policyArea = scheme("policy-area");

    /** OGP policy tags: the spreadsheet's thematic flags outside the ten policy-area groups. */
    public static final Resource policyTag = scheme("policy-tag");

    /** IRM specificity of a commitment's text: none, low, medium, high. */
    public static final Resource specificity = scheme("specificity");

    /** IRM potential impact: none, minor, moderate, transformative. */
    public static final Resource potentialImpact = scheme("potential-impact");

    /** IRM completion: withdrawn, unclear, not started, limited, substantial, complete. */
    public static final Resource completion = scheme("completion");

    /** IRM "did it open government": worsens, did not change, marginal, major, outstanding. */
    public static final Resource didItOpenGovernment = scheme("did-it-open-government");

    /** IRM potential for results (action-plan review): unclear, modest, substantial. */
    public static final Resource potentialForResults = scheme("potential-for-results");

    /** IRM early results (results report): no notable results, moderate, significant. */
    public static final Resource earlyResults = scheme("early-results");

    /** Why a value is missing in OGP data: no data (ND), not reviewed (NR), not applicable (NA). */
    public static final Resource missingValue = scheme("missing-value");

    /** OGP membership status: active, inactive, suspended. */
    public static final Resource memberStatus = scheme("member-status");

    /** Types of public event (round table, conference…) and of the items on their agendas (speech, discussion…). */
    public static final Resource eventType = scheme("event-type");

    /** Categories of event participants, such as state body, embassy or media. */
    public static final Resource participantCategory = scheme("participant-category");

    /** Service-quality criteria from the ASAN principles, such as transparency or courtesy. */
    public static final Resource serviceQualityCriterion = scheme("service-quality-criterion");

    /** Levels observed for a service-quality criterion: high, medium, low. */
    public static final Resource serviceQualityLevel = scheme("service-quality-level");

    /** OGP regions: Africa and the Middle East, Americas, Asia and the Pacific, Europe. */
    public static final Resource ogpRegion = scheme("ogp-region");

    /** OGP member levels: national, legacy local, other. */
    public static final Resource memberLevel = scheme("member-level");

    /** What a source graph says of its licence when its source carries none known ({@code none-known}). */
    public static final Resource licence = scheme("licence");

    private OGPCode() {
    }

    /** Returns the namespace, {@link #NS}. */
    public static String getURI() {
        return NS;
    }

    /**
     * Returns the concept {@code code} of {@code scheme}, without checking that the code list defines it (look it up
     * in the code lists for that).
     *
     * @throws IllegalArgumentException if the scheme is not one of ours or the code is not kebab-case
     */
    public static Resource concept(Resource scheme, String code) {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(code, "code");
        if (!scheme.isURIResource() || !scheme.getURI().startsWith(NS)) {
            throw new IllegalArgumentException("Not an OGP-LD code list: " + scheme);
        }
        if (!KEBAB_CASE.matcher(code).matches()) {
            throw new IllegalArgumentException("Code '" + code + "' is not kebab-case (a-z, 0-9 and single dashes)");
        }
        return ResourceFactory.createResource(scheme.getURI() + "/" + code);
    }

    private static Resource scheme(String name) {
        return ResourceFactory.createResource(NS + name);
    }
}
