package org.ogpld.model.imports.popolo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.model.vocabulary.RDF;

/**
 * The table of the Popolo golden tests: for each example, which Popolo term maps to which Turtle path (theirs) and
 * which path of our output (ours), and how the two compare. Paths are predicates from the subject, {@code a} for
 * rdf:type and {@code *} for any predicate but rdf:type. Values compare by lexical form, so "1970-01"^^W3CDTF
 * equals "1970-01"^^xsd:gYearMonth; a reference compares by the Popolo id of what it points to.
 *
 * <p>Popolo terms NOT compared, and why:
 * <ul>
 * <li>{@code other_names} of a person, {@code start_date}/{@code end_date} of a post, {@code other_names} dates
 *     and notes, link notes: the example Turtle leaves them out (we keep the names and the post dates);</li>
 * <li>{@code parent_id}, {@code post_id}, {@code organization_id} and {@code attendees} pointing at objects that the
 *     example does not contain: OGP-LD only links to resources in the publication, so these are reported (checked
 *     as the reported problems of each case);</li>
 * <li>{@code status} of an event: the Turtle turns it into an ncal IRI, we keep the text;</li>
 * <li>{@code con:sortName} of name-component.ttl: the JSON has no sort_name.</li>
 * </ul>
 */
final class GoldenCases {

    enum Comparison { EQUAL, OURS_CONTAIN_THEIRS, TURTLE_FLAW }

    /** One Popolo term: its path in the Turtle, its path in our output, and how they compare. */
    record Term(String popolo, List<String> theirs, List<String> ours, Comparison comparison, List<String> jsonValues) {
        static Term same(String popolo, String theirs, String ours) {
            return new Term(popolo, path(theirs), path(ours), Comparison.EQUAL, List.of());
        }

        static Term contained(String popolo, String theirs, String ours) {
            return new Term(popolo, path(theirs), path(ours), Comparison.OURS_CONTAIN_THEIRS, List.of());
        }

        /** The example Turtle disagrees with its own JSON: ours must hold the JSON's values. */
        static Term flaw(String popolo, String theirs, String ours, String... json) {
            return new Term(popolo, path(theirs), path(ours), Comparison.TURTLE_FLAW, List.of(json));
        }
    }

    /**
     * One golden case: the example objects put into each Popolo collection, the prefixes its Turtle forgets to
     * declare, how to find the compared subject on each side, the references we report, and the terms.
     */
    record Case(Map<String, List<String>> documents, Map<String, String> missingPrefixes,
                Function<Model, Resource> ourSubject, Function<Model, Resource> theirSubject,
                List<String> reportedReferences, List<Term> terms) {
    }

    /** The pairs not compared: Popolo's legislative-voting classes, which OGP-LD does not model. */
    static final Map<String, String> NOT_MODELLED = Map.of(
            "count", "vote counts: legislative voting is outside OGP-LD's model",
            "motion", "motions: legislative voting is outside OGP-LD's model (the importer reports them)",
            "speech", "speeches: not modelled (and speech.ttl uses undeclared org: and skos: prefixes)",
            "vote", "votes: legislative voting is outside OGP-LD's model",
            "vote_event", "vote events: not modelled, and vote_event.ttl does not parse (line 70: a missing ';')");

    private static final Map<String, String> PREFIXES = Map.ofEntries(
            Map.entry("foaf", "http://xmlns.com/foaf/0.1/"), Map.entry("skos", "http://www.w3.org/2004/02/skos/core#"),
            Map.entry("org", "http://www.w3.org/ns/org#"), Map.entry("schema", "https://schema.org/"),
            Map.entry("s", "http://schema.org/"), Map.entry("dct", "http://purl.org/dc/terms/"),
            Map.entry("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
            Map.entry("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
            Map.entry("opengov", "http://www.w3.org/ns/opengov#"), Map.entry("bio", "http://purl.org/vocab/bio/0.1/"),
            Map.entry("gn", "http://www.geonames.org/ontology#"), Map.entry("time", "http://www.w3.org/2006/time#"),
            Map.entry("ncal", "http://www.semanticdesktop.org/ontologies/2007/04/02/ncal#"),
            Map.entry("adms", "http://www.w3.org/ns/adms#"), Map.entry("vcard", "http://www.w3.org/2006/vcard/ns#"),
            Map.entry("person", "http://www.w3.org/ns/person#"));

    private GoldenCases() {
    }

    static Map<String, Case> compared() {
        Map<String, Case> cases = new LinkedHashMap<>();
        cases.put("person", new Case(Map.of("persons", List.of("person")), Map.of("skos", PREFIXES.get("skos")),
                typed("person:Person"), typed("person:Person"), List.of(), personTerms()));
        cases.put("organization", new Case(Map.of("organizations", List.of("organization")), Map.of(),
                typed("org:Organization"), typed("org:Organization"), List.of("organizations[0].parent_id"),
                organizationTerms()));
        cases.put("membership", new Case(Map.of("persons", List.of("person"), "organizations", List.of("organization"),
                "posts", List.of("post"), "memberships", List.of("membership")), Map.of(), typed("org:Membership"),
                typed("org:Membership"), List.of("organizations[0].parent_id", "memberships[0].post_id"),
                membershipTerms()));
        cases.put("post", new Case(Map.of("organizations", List.of("organization"), "posts", List.of("post")),
                Map.of(), typed("org:Post"), typed("org:Post"), List.of("organizations[0].parent_id"), postTerms()));
        cases.put("event", new Case(Map.of("events", List.of("event")), Map.of(), typed("schema:Event"),
                typed("s:Event"), List.of("events[0].organization_id", "events[0].parent_id",
                "events[0].attendees[0].id"), eventTerms()));
        cases.put("area", new Case(Map.of("areas", List.of("area")), Map.of(), typed("schema:Place"),
                typed("gn:Feature"), List.of("areas[0].parent_id"), List.of(
                Term.same("name", "gn:name", "schema:name"),
                Term.same("identifier", "dct:identifier", "dct:identifier"),
                Term.flaw("classification (the Turtle says Corporation)", "gn:featureCode skos:prefLabel", "dct:type",
                        "ward"))));
        cases.put("contact_detail", new Case(Map.of("persons", List.of("contact_detail")), Map.of(),
                m -> (Resource) Models.object(m.filter(null, iri("opengov:contactDetail"), null)).orElseThrow(),
                typed("vcard:Voice"), List.of(), List.of(
                Term.same("type", "a", "a"), Term.same("label", "rdfs:label", "rdfs:label"),
                Term.same("value", "rdf:value", "rdf:value"), Term.same("note", "skos:note", "skos:note"),
                Term.same("valid_from", "s:validFrom", "schema:validFrom"),
                Term.same("valid_until", "s:validUntil", "schema:validUntil"))));
        cases.put("name-component", new Case(Map.of("persons", List.of("name-component")), Map.of(),
                typed("person:Person"), typed("person:Person"), List.of(), List.of(
                Term.flaw("name (the Turtle drops the comma)", "foaf:name", "foaf:name", "Mr. John Q. Public, Esq."),
                Term.same("family_name", "foaf:familyName", "foaf:familyName"),
                Term.same("given_name", "foaf:givenName", "foaf:givenName"),
                Term.same("additional_name", "s:additionalName", "schema:additionalName"),
                Term.same("honorific_prefix", "s:honorificPrefix", "schema:honorificPrefix"),
                Term.same("honorific_suffix", "s:honorificSuffix", "schema:honorificSuffix"))));
        cases.put("metadata", new Case(Map.of("persons", List.of("metadata")), Map.of(), typed("person:Person"),
                typed("person:Person"), List.of(), List.of(
                Term.flaw("name (the Turtle drops the comma)", "foaf:name", "foaf:name", "Mr. John Q. Public, Esq."),
                Term.flaw("created_at (the Turtle keeps only the day)", "dct:created", "dct:created",
                        "2000-05-01T12:00:00Z"),
                Term.flaw("updated_at (the Turtle says 2000-06-15)", "dct:modified", "dct:modified",
                        "2005-06-15T12:00:00Z"),
                Term.same("sources", "dct:source", "dct:source"))));
        return cases;
    }

    private static List<Term> personTerms() {
        List<Term> terms = new ArrayList<>(List.of(
                Term.flaw("name (the Turtle drops the comma)", "foaf:name", "foaf:name", "Mr. John Q. Public, Esq."),
                Term.contained("identifiers (ours add the Popolo id)", "foaf:nick", "adms:identifier skos:notation"),
                Term.same("email", "s:email", "schema:email"), Term.same("gender", "foaf:gender", "foaf:gender"),
                Term.same("birth_date", "s:birthDate", "schema:birthDate"),
                Term.same("death_date", "s:deathDate", "schema:deathDate"), Term.same("image", "s:image", "schema:image"),
                Term.same("summary", "bio:olb", "bio:olb"), Term.same("biography", "bio:biography", "bio:biography"),
                Term.same("national_identity", "opengov:nationalIdentity", "opengov:nationalIdentity")));
        terms.addAll(contactAndLinks());
        return terms;
    }

    private static List<Term> organizationTerms() {
        List<Term> terms = new ArrayList<>(List.of(
                Term.same("name", "skos:prefLabel", "skos:prefLabel"),
                Term.contained("other_names (the Turtle omits the dated Bob's Diner)", "skos:altLabel", "skos:altLabel"),
                Term.contained("identifiers (ours add the Popolo id)", "org:identifier", "adms:identifier skos:notation"),
                Term.same("classification", "org:classification skos:prefLabel", "org:classification skos:prefLabel"),
                Term.same("founding_date", "s:foundingDate", "schema:foundingDate"),
                Term.same("dissolution_date", "s:dissolutionDate", "schema:dissolutionDate"),
                Term.same("image", "s:image", "schema:image")));
        terms.addAll(contactAndLinks());
        return terms;
    }

    private static List<Term> membershipTerms() {
        List<Term> terms = new ArrayList<>(List.of(
                Term.same("label", "skos:prefLabel", "skos:prefLabel"),
                Term.same("role", "org:role skos:prefLabel", "org:role skos:prefLabel"),
                Term.same("person_id", "org:member", "org:member"),
                Term.same("organization_id", "org:organization", "org:organization"),
                Term.same("start_date", "s:validFrom", "org:memberDuring time:hasBeginning *"),
                Term.same("end_date", "s:validUntil", "org:memberDuring time:hasEnd *")));
        terms.addAll(contactAndLinks());
        return terms;
    }

    private static List<Term> postTerms() {
        List<Term> terms = new ArrayList<>(List.of(
                Term.same("label", "skos:prefLabel", "skos:prefLabel"),
                Term.same("other_label", "skos:altLabel", "skos:altLabel"),
                Term.same("role", "org:role skos:prefLabel", "org:role skos:prefLabel"),
                Term.same("organization_id", "org:postIn", "org:postIn")));
        terms.addAll(contactAndLinks());
        return terms;
    }

    private static List<Term> eventTerms() {
        return List.of(Term.same("name", "s:name", "schema:name"),
                Term.same("description", "s:description", "dct:description"),
                Term.same("start_date", "s:startDate", "schema:startDate"),
                Term.same("end_date", "s:endDate", "schema:endDate"),
                Term.same("location", "s:location s:name", "schema:location schema:name"),
                Term.contained("identifiers (ours add the Popolo id)", "dct:identifier", "dct:identifier"),
                Term.same("classification", "ncal:categories", "ncal:categories"));
    }

    private static List<Term> contactAndLinks() {
        return List.of(Term.same("contact_details.type", "opengov:contactDetail a", "opengov:contactDetail a"),
                Term.same("contact_details.label", "opengov:contactDetail rdfs:label", "opengov:contactDetail rdfs:label"),
                Term.same("contact_details.value", "opengov:contactDetail rdf:value", "opengov:contactDetail rdf:value"),
                Term.same("contact_details.note", "opengov:contactDetail skos:note", "opengov:contactDetail skos:note"),
                Term.same("links", "rdfs:seeAlso", "rdfs:seeAlso"));
    }

    /** The values at the end of {@code path} from {@code subject}, normalised for comparison. */
    static Set<String> values(Model model, Resource subject, List<String> path) {
        Set<Value> current = Set.of(subject);
        for (String step : path) {
            Set<Value> next = new HashSet<>();
            for (Value value : current) {
                if (value instanceof Resource resource) {
                    for (Statement st : model.filter(resource, step.equals("*") ? null : iri(step), null)) {
                        if (!step.equals("*") || !st.getPredicate().equals(RDF.TYPE)) {
                            next.add(st.getObject());
                        }
                    }
                }
            }
            current = next;
        }
        Set<String> values = new HashSet<>();
        current.forEach(v -> values.add(normalised(model, v)));
        return values;
    }

    /** A literal's lexical form; an example resource or one of ours by its Popolo id; any other IRI as is. */
    private static String normalised(Model model, Value value) {
        String text = PopoloGoldenTest.lexical(value);
        if (text.startsWith("http://example.com/")) {
            String last = text.substring(text.lastIndexOf('/') + 1);
            return last.endsWith(".ttl") ? last.substring(0, last.length() - 4) : last;
        }
        if (value instanceof IRI ours && text.startsWith(PopoloGoldenTest.BASE + "id/")) {
            for (Value id : model.filter(ours, iri("adms:identifier"), null).objects()) {
                Resource node = (Resource) id;
                if (model.contains(node, iri("adms:schemeAgency"), SimpleValueFactory.getInstance().createLiteral("popolo"))) {
                    return Models.objectLiteral(model.filter(node, iri("skos:notation"), null)).orElseThrow().getLabel();
                }
            }
            return Models.objectLiteral(model.filter(ours, iri("dct:identifier"), null)).map(Value::stringValue)
                    .orElse(text);
        }
        return text;
    }

    private static Function<Model, Resource> typed(String type) {
        return model -> {
            Set<Resource> subjects = model.filter(null, RDF.TYPE, iri(type)).subjects();
            if (subjects.size() != 1) {
                throw new AssertionError("expected one " + type + ", found " + subjects);
            }
            return subjects.iterator().next();
        };
    }

    static List<String> path(String text) {
        return List.of(text.split(" "));
    }

    static IRI iri(String prefixed) {
        if (prefixed.equals("a")) {
            return RDF.TYPE;
        }
        int colon = prefixed.indexOf(':');
        return SimpleValueFactory.getInstance().createIRI(PREFIXES.get(prefixed.substring(0, colon))
                + prefixed.substring(colon + 1));
    }
}
