package org.ogpld.bench.query;

import java.util.List;
import java.util.function.Function;

/**
 * The realistic queries of the benchmark, each a template filled from {@link Samples} so that consecutive requests
 * ask about different resources (and caches cannot answer them all).
 */
public final class QueryMix {

    static final String PREFIXES = """
            PREFIX ogp: <https://w3id.org/ogp-ld/ns#>
            PREFIX schema: <https://schema.org/>
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX dct: <http://purl.org/dc/terms/>
            PREFIX time: <http://www.w3.org/2006/time#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX cv: <http://data.europa.eu/m8g/>
            """;
    static final String JSON = "application/sparql-results+json";

    /**
     * One query of the mix.
     *
     * @param name   short name for reports
     * @param accept the media type asked for
     * @param text   the query for the {@code i}-th request
     */
    public record Template(String name, String accept, Function<Long, String> text) {}

    private QueryMix() {
    }

    /** The mix, in the order requests cycle through it. */
    public static List<Template> of(Samples s) {
        return List.of(
                new Template("iri-lookup", JSON, i -> "SELECT ?p ?o WHERE { <" + s.person(i) + "> ?p ?o }"),
                new Template("commitments-of-country-by-completion", JSON, i -> """
                        SELECT ?completion (COUNT(?c) AS ?n) WHERE {
                          ?plan ogp:submittedBy <%s> . ?c ogp:actionPlan ?plan ; ogp:assessment ?a .
                          ?a ogp:endOfTermCompletion ?completion } GROUP BY ?completion ORDER BY DESC(?n)"""
                        .formatted(s.member(i))),
                new Template("count-per-policy-area", JSON, i -> """
                        SELECT ?area (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c a ogp:Commitment ; ogp:policyArea ?area }
                        GROUP BY ?area ORDER BY DESC(?n)"""),
                new Template("count-per-ogp-value", JSON, i -> """
                        SELECT ?value (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c a ogp:Commitment ; ogp:relevantValue ?value }
                        GROUP BY ?value ORDER BY DESC(?n)"""),
                new Template("people-posts-in-interval", JSON, i -> """
                        SELECT ?person ?name ?post ?org ?start WHERE {
                          ?m org:member ?person ; org:organization ?org ;
                             org:memberDuring/time:hasBeginning/time:inXSDDate ?start .
                          FILTER(?start >= "%1$d-01-01"^^xsd:date && ?start < "%2$d-01-01"^^xsd:date)
                          ?person foaf:name ?name . ?post org:heldBy ?person ; org:postIn ?org .
                        } ORDER BY ?start ?person LIMIT 100""".formatted(2005 + i % 15, 2007 + i % 15)),
                new Template("events-of-organiser-per-year", JSON, i -> """
                        SELECT ?year (COUNT(DISTINCT ?e) AS ?n) WHERE {
                          ?e schema:organizer <%s> ; schema:startDate ?d . BIND(YEAR(?d) AS ?year)
                        } GROUP BY ?year ORDER BY ?year""".formatted(s.organiser(i))),
                new Template("label-search", JSON, i -> """
                        SELECT DISTINCT ?s ?name WHERE { ?s foaf:name ?name
                          FILTER(CONTAINS(LCASE(STR(?name)), "%s")) } ORDER BY ?name LIMIT 50"""
                        .formatted(s.nameFragment(i))),
                new Template("describe-commitment", "text/turtle", i -> "DESCRIBE <" + s.commitment(i) + ">"),
                new Template("construct-event-jsonld", "application/ld+json", i -> """
                        CONSTRUCT { <%1$s> ?p ?o . ?talk ?tp ?to } WHERE {
                          { <%1$s> ?p ?o } UNION { <%1$s> schema:subEvent ?talk . ?talk ?tp ?to } }"""
                        .formatted(s.event(i))),
                new Template("three-way-join-speakers", JSON, i -> """
                        SELECT ?event ?person ?employer WHERE {
                          ?event schema:organizer <%s> ; schema:subEvent ?talk .
                          ?talk schema:performer ?person ; ogp:speakerPost ?post . ?post org:postIn ?employer .
                        } ORDER BY ?event ?person""".formatted(s.organiser(i))),
                new Template("aggregate-all-commitments", JSON, i -> """
                        SELECT ?specificity ?impact (COUNT(?c) AS ?n) WHERE {
                          ?c a ogp:Commitment ; ogp:assessment ?a . ?a ogp:specificity ?specificity ;
                             ogp:potentialImpact ?impact } GROUP BY ?specificity ?impact ORDER BY ?specificity ?impact"""),
                new Template("starred-commitments-of-country", JSON, i -> """
                        SELECT ?c ?title WHERE { ?c ogp:actionPlan/ogp:submittedBy <%s> ; dct:title ?title ;
                          ogp:assessment/ogp:starred true } ORDER BY ?c""".formatted(s.member(i))),
                new Template("study-levels-per-criterion", JSON, i -> """
                        SELECT ?criterion ?level (COUNT(?o) AS ?n) WHERE { ?o ogp:criterion ?criterion ; ogp:level ?level }
                        GROUP BY ?criterion ?level ORDER BY ?criterion ?level"""),
                new Template("ask-person-spoke", JSON, i -> """
                        ASK { ?talk schema:performer <%s> }""".formatted(s.person(i))),
                new Template("organisation-page", JSON, i -> """
                        SELECT ?label ?post ?holder WHERE { <%1$s> skos:prefLabel ?label .
                          OPTIONAL { ?post org:postIn <%1$s> ; org:heldBy ?holder } } LIMIT 200"""
                        .formatted(s.organiser(i))),
                new Template("participants-per-category", JSON, i -> """
                        SELECT ?category (SUM(?count) AS ?total) WHERE { ?e cv:hasParticipation ?p .
                          ?p cv:role ?category ; ogp:participantCount ?count } GROUP BY ?category ORDER BY ?category"""));
    }
}
