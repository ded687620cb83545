package org.ogpld.endpoint.browse;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The kinds that can be browsed: each with the class its resources have and its facets. Facet values are IRIs
 * (members, codes, organisations) or plain strings (years, {@code true}/{@code false}).
 *
 * @param kind the kind's path segment
 * @param type the class of its resources
 * @param facets its facets, in the order pages show them
 */
record Browsable(String kind, String type, List<Facet> facets) {

    static final String PREFIXES = """
            PREFIX ogp: <https://w3id.org/ogp-ld/ns#>
            PREFIX schema: <https://schema.org/>
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX cv: <http://data.europa.eu/m8g/>
            PREFIX person: <http://www.w3.org/ns/person#>
            PREFIX qb: <http://purl.org/linked-data/cube#>
            PREFIX dct: <http://purl.org/dc/terms/>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            """;

    private static final Facet YEAR_OF_PLAN = new Facet("year",
            "?item ogp:actionPlan/schema:startDate ?_d BIND(SUBSTR(STR(?_d), 1, 4) AS ?value)");

    private static final Map<String, Browsable> ALL = Map.ofEntries(Map.entry("membership",
            new Browsable("membership", "http://www.w3.org/ns/org#Membership", List.of(
                    new Facet("organisation", "?item org:organization ?value"),
                    new Facet("role", "?item org:role ?value")))),
            Map.entry("observation", new Browsable("observation", "http://purl.org/linked-data/cube#Observation",
                    List.of())),
            Map.entry("commitment", new Browsable("commitment", "https://w3id.org/ogp-ld/ns#Commitment", List.of(
                    new Facet("member", "?item ogp:actionPlan/ogp:submittedBy ?value"),
                    new Facet("region", "?item ogp:actionPlan/ogp:submittedBy/ogp:region ?value"),
                    new Facet("action-plan", "?item ogp:actionPlan ?value"),
                    new Facet("policy-area", "?item ogp:policyArea ?value"),
                    new Facet("ogp-value", "?item ogp:relevantValue ?value"),
                    new Facet("completion", "?item ogp:assessment ?_a OPTIONAL { ?_a ogp:endOfTermCompletion ?_e }"
                            + " OPTIONAL { ?_a ogp:midTermCompletion ?_m } BIND(COALESCE(?_e, ?_m) AS ?value)"
                            + " FILTER(BOUND(?value))"),
                    new Facet("starred", "?item ogp:assessment/ogp:starred ?_s BIND(STR(?_s) AS ?value)"),
                    new Facet("potential-impact", "?item ogp:assessment/ogp:potentialImpact ?value"),
                    YEAR_OF_PLAN))),
            Map.entry("action-plan", new Browsable("action-plan", "https://w3id.org/ogp-ld/ns#NationalActionPlan",
                    List.of(
                    new Facet("member", "?item ogp:submittedBy ?value"),
                    new Facet("region", "?item ogp:submittedBy/ogp:region ?value"),
                    new Facet("year", "?item schema:startDate ?_d BIND(SUBSTR(STR(?_d), 1, 4) AS ?value)")))),
            Map.entry("event", new Browsable("event", "http://data.europa.eu/m8g/PublicEvent", List.of(
                    new Facet("type", "?item a ?value FILTER(?value != cv:PublicEvent && ?value != schema:Event)"),
                    new Facet("year", "?item schema:startDate ?_d BIND(SUBSTR(STR(?_d), 1, 4) AS ?value)"),
                    new Facet("organiser", "?item schema:organizer ?value")))),
            Map.entry("person", new Browsable("person", "http://www.w3.org/ns/person#Person", List.of(
                    new Facet("role", "?_p org:heldBy ?item ; org:role ?value"),
                    new Facet("organisation", "?_p org:heldBy ?item ; org:postIn ?value")))),
            Map.entry("organisation", new Browsable("organisation", "http://www.w3.org/ns/org#Organization",
                    List.of(
                    new Facet("type", "?item a ?value FILTER(?value != org:Organization)"),
                    new Facet("region", "?item ogp:region ?value"),
                    new Facet("organisation", "?item org:unitOf|org:subOrganizationOf ?value")))),
            Map.entry("post", new Browsable("post", "http://www.w3.org/ns/org#Post", List.of(
                    new Facet("role", "?item org:role ?value"),
                    new Facet("organisation", "?item org:postIn ?value")))),
            Map.entry("study", new Browsable("study", "http://purl.org/linked-data/cube#DataSet", List.of())),
            Map.entry("place", new Browsable("place", "https://schema.org/Place", List.of())),
            Map.entry("document", new Browsable("document", "https://schema.org/NewsArticle", List.of())));

    /** The browsable kind of this path segment, if any. */
    static Optional<Browsable> of(String kind) {
        return Optional.ofNullable(ALL.get(kind));
    }

    /** The facet of this id, if the kind has it. */
    Optional<Facet> facet(String id) {
        return facets.stream().filter(f -> f.id().equals(id)).findFirst();
    }
}
