package org.ogpld.endpoint.browse;

import java.util.Random;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

/**
 * Random publications for browse tests, awkward on purpose: items with several values of a facet or none, several
 * names or none, names that tie, values shared by several facets, assessments with only one completion, resources of
 * the kind outside the publication's IRIs.
 */
final class BrowseData {

    static final String BASE = "https://example.org/";
    private static final String OGP = "https://w3id.org/ogp-ld/ns#";
    private static final String SCHEMA = "https://schema.org/";
    private static final String ORG = "http://www.w3.org/ns/org#";

    private final Random random;
    private final Graph graph = GraphFactory.createDefaultGraph();

    private BrowseData(long seed) {
        this.random = new Random(seed);
    }

    /** {@code commitments} commitments, their plans and members, events and people, from {@code seed}. */
    static Graph publication(long seed, int commitments) {
        BrowseData data = new BrowseData(seed);
        data.commitments(commitments);
        data.events(commitments / 3);
        data.people(commitments / 3);
        return data.graph;
    }

    private void commitments(int count) {
        for (int p = 0; p < 12; p++) {
            Node plan = id("action-plan", "p" + p);
            add(plan, RDF.type.asNode(), uri(OGP + "NationalActionPlan"));
            add(plan, uri(OGP + "submittedBy"), id("member", "m" + random.nextInt(6)));
            if (random.nextInt(5) > 0) {
                add(plan, uri(SCHEMA + "startDate"), NodeFactory.createLiteralDT(2012 + random.nextInt(6) + "-0"
                        + (1 + random.nextInt(9)) + "-01", XSDDatatype.XSDdate));
            }
        }
        for (int m = 0; m < 6; m++) {
            for (int r = 0; r < random.nextInt(3); r++) {
                add(id("member", "m" + m), uri(OGP + "region"), id("region", "r" + random.nextInt(3)));
            }
        }
        for (int c = 0; c < count; c++) {
            Node item = c % 17 == 0 ? uri("https://elsewhere.org/id/commitment/c" + c) : id("commitment", "c" + c);
            add(item, RDF.type.asNode(), uri(OGP + "Commitment"));
            names(item);
            some(item, OGP + "actionPlan", "action-plan", "p", 12, 2);
            some(item, OGP + "policyArea", "code", "area", 8, 3);
            some(item, OGP + "relevantValue", "code", "value", 4, 3);
            for (int a = 0; a < random.nextInt(3); a++) {
                Node assessment = NodeFactory.createBlankNode();
                add(item, uri(OGP + "assessment"), assessment);
                maybe(assessment, OGP + "endOfTermCompletion", "level", 4);
                maybe(assessment, OGP + "midTermCompletion", "level", 4);
                maybe(assessment, OGP + "potentialImpact", "impact", 3);
                if (random.nextBoolean()) {
                    add(assessment, uri(OGP + "starred"), NodeFactory.createLiteralDT(
                            Boolean.toString(random.nextBoolean()), XSDDatatype.XSDboolean));
                }
            }
        }
    }

    private void events(int count) {
        for (int e = 0; e < count; e++) {
            Node item = id("event", "e" + e);
            add(item, RDF.type.asNode(), uri("http://data.europa.eu/m8g/PublicEvent"));
            if (random.nextBoolean()) {
                add(item, RDF.type.asNode(), uri(SCHEMA + (random.nextBoolean() ? "Event" : "EducationEvent")));
            }
            names(item);
            if (random.nextInt(4) > 0) {
                add(item, uri(SCHEMA + "startDate"), NodeFactory.createLiteralDT(2015 + random.nextInt(4)
                        + "-05-0" + (1 + random.nextInt(9)), XSDDatatype.XSDdate));
            }
            some(item, SCHEMA + "organizer", "organisation", "o", 5, 2);
        }
    }

    private void people(int count) {
        for (int p = 0; p < count; p++) {
            Node item = id("person", "h" + p);
            add(item, RDF.type.asNode(), uri("http://www.w3.org/ns/person#Person"));
            names(item);
            for (int k = 0; k < random.nextInt(3); k++) {
                Node post = id("post", "h" + p + "-" + k);
                add(post, uri(ORG + "heldBy"), item);
                add(post, uri(ORG + "role"), id("code", "role" + random.nextInt(4)));
                add(post, uri(ORG + "postIn"), id("organisation", "o" + random.nextInt(5)));
            }
        }
    }

    /** No name, one, or two; few distinct words, so that keys tie; cases and languages mixed. */
    private void names(Node item) {
        String[] words = {"Open data", "open Data", "Budget", "budget", "Ədliyyə", "Zebra"};
        String[] properties = {"http://purl.org/dc/terms/title", SCHEMA + "name", "http://www.w3.org/2000/01/rdf-schema#label"};
        for (int n = 0; n < random.nextInt(3); n++) {
            String text = words[random.nextInt(words.length)];
            add(item, uri(properties[random.nextInt(properties.length)]), random.nextBoolean()
                    ? NodeFactory.createLiteralString(text) : NodeFactory.createLiteralLang(text, "en"));
        }
    }

    private void some(Node item, String property, String kind, String slug, int distinct, int most) {
        for (int k = 0; k < random.nextInt(most + 1); k++) {
            add(item, uri(property), id(kind, slug + random.nextInt(distinct)));
        }
    }

    private void maybe(Node subject, String property, String slug, int distinct) {
        if (random.nextBoolean()) {
            add(subject, uri(property), id("code", slug + random.nextInt(distinct)));
        }
    }

    private void add(Node s, Node p, Node o) {
        graph.add(s, p, o);
    }

    private static Node id(String kind, String slug) {
        return uri(BASE + "id/" + kind + "/" + slug);
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
