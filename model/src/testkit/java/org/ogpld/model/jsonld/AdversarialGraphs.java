package org.ogpld.model.jsonld;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.XSD;
import org.ogpld.vocab.Vocab;

/**
 * Graphs built to trip a JSON-LD writer that compacts by hand: every kind of value under every term of the OGP-LD
 * context (read here independently of the writer's own parsing), and seeded random graphs mixing those terms with
 * IRIs that look like compact IRIs, blank nodes shared between subjects, owned parts, lists and odd literals.
 */
public final class AdversarialGraphs {

    /** One generated graph and a name to report it by. */
    public record Case(String name, Graph graph) {}

    private static final String BASE = "https://w3id.org/ogp-ld/";
    private static final String OGP = "https://w3id.org/ogp-ld/ns#";
    private static final String EX = "http://example.org/";

    /** The IRIs of the context's terms (properties and classes), in the context's order. */
    private final List<String> termIris;
    /** The datatypes the context's terms coerce to. */
    private final List<String> coercedTypes;

    public AdversarialGraphs() {
        JsonNode context;
        try {
            context = new ObjectMapper().readTree(Vocab.context()).get("@context");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> prefixes = new HashMap<>();
        context.properties().forEach(e -> {
            String value = e.getValue().asText("");
            if (e.getValue().isTextual() && (value.endsWith("/") || value.endsWith("#"))) {
                prefixes.put(e.getKey(), value);
            }
        });
        Set<String> iris = new LinkedHashSet<>();
        Set<String> types = new LinkedHashSet<>();
        context.properties().forEach(e -> {
            JsonNode d = e.getValue();
            if (e.getKey().startsWith("@") || prefixes.containsKey(e.getKey())) {
                return;
            }
            String id = d.isTextual() ? d.asText() : d.path("@id").asText(d.path("@reverse").asText(""));
            if (!id.isEmpty() && !id.startsWith("@")) {
                iris.add(expand(id, prefixes));
            }
            String type = d.path("@type").asText("");
            if (!type.isEmpty() && !type.startsWith("@")) {
                types.add(expand(type, prefixes));
            }
        });
        this.termIris = List.copyOf(iris);
        this.coercedTypes = List.copyOf(types);
    }

    private static String expand(String value, Map<String, String> prefixes) {
        int colon = value.indexOf(':');
        String ns = colon > 0 ? prefixes.get(value.substring(0, colon)) : null;
        return ns == null ? value : ns + value.substring(colon + 1);
    }

    /**
     * For each term, a graph with every value kind under it: each kind alone (one subject per kind, so that the
     * term holds a single value), and all kinds together under one subject.
     */
    public List<Case> everyValueUnderEveryTerm() {
        List<Case> cases = new ArrayList<>();
        for (String term : termIris) {
            Graph g = GraphFactory.createDefaultGraph();
            Node shared = NodeFactory.createBlankNode();
            List<Node> values = valueKinds(shared);
            for (int i = 0; i < values.size(); i++) {
                Node single = NodeFactory.createURI(BASE + "id/event/single-" + i);
                g.add(Triple.create(single, NodeFactory.createURI(term), values.get(i)));
                g.add(Triple.create(NodeFactory.createURI(BASE + "id/event/all"), NodeFactory.createURI(term),
                        values.get(i)));
            }
            g.add(Triple.create(shared, RDF.Nodes.value, NodeFactory.createLiteralString("shared")));
            cases.add(new Case("every value kind under <" + term + ">", g));
        }
        return cases;
    }

    /** ... and all the kinds under one term of one subject. */
    private List<Node> valueKinds(Node shared) {
        List<Node> values = new ArrayList<>(List.of(
                NodeFactory.createLiteralString("member"),
                NodeFactory.createLiteralString(""),
                NodeFactory.createLiteralString("@id"),
                NodeFactory.createLiteralString("ogp:looks-compact"),
                typed("explicit string", XSD.xstring.getURI()),
                NodeFactory.createLiteralLang("Dəyirmi masa", "az"),
                NodeFactory.createLiteralLang("round table", "en"),
                NodeFactory.createLiteralLang("ROUND TABLE", "en-GB"),
                NodeFactory.createLiteralLang("Azərbaycan", "az-Latn"),
                typed("{\"a\":[1,2]}", RDF.getURI() + "JSON"),
                typed("<b>x</b>", RDF.getURI() + "HTML"),
                typed("1.0E0", XSD.xdouble.getURI()),
                typed("007", XSD.integer.getURI()),
                typed("not a date", XSD.date.getURI()),
                typed("x", EX + "datatype"),
                typed("y", OGP + "Commitment"),
                NodeFactory.createURI(BASE + "id/person/p"),
                NodeFactory.createURI(BASE + "id/event/all#talk-1"),
                NodeFactory.createURI(EX + "thing"),
                NodeFactory.createURI("urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66"),
                NodeFactory.createURI("https://schema.org//double-slash"),
                NodeFactory.createURI(OGP),
                NodeFactory.createBlankNode(),
                shared));
        for (String type : coercedTypes) {
            values.add(typed(lexical(type), type));
        }
        return values;
    }

    private static String lexical(String datatype) {
        return switch (datatype.substring(datatype.indexOf('#') + 1)) {
            case "boolean" -> "true";
            case "integer", "nonNegativeInteger" -> "42";
            case "gYear" -> "2017";
            case "dateTime" -> "2017-07-28T10:00:00Z";
            case "date" -> "2017-07-28";
            default -> "v";
        };
    }

    private static Node typed(String lexical, String datatype) {
        return NodeFactory.createLiteralDT(lexical, TypeMapper.getInstance().getSafeTypeByName(datatype));
    }

    /** Graphs with IRIs that a context-bearing document cannot state as themselves. */
    public List<Case> misreadIris() {
        List<Case> cases = new ArrayList<>();
        for (String iri : List.of("ogp:x", "schema:name", "id:thing", "name:x", "xsd:date", "ogp://host/x")) {
            Graph g = GraphFactory.createDefaultGraph();
            Node s = NodeFactory.createURI(BASE + "id/event/e");
            g.add(Triple.create(NodeFactory.createURI(iri), NodeFactory.createURI(OGP + "level"), s));
            g.add(Triple.create(s, NodeFactory.createURI(OGP + "level"), NodeFactory.createURI(iri)));
            g.add(Triple.create(s, RDF.Nodes.type, NodeFactory.createURI(iri)));
            g.add(Triple.create(s, NodeFactory.createURI(iri), NodeFactory.createLiteralLang("x", "en")));
            g.add(Triple.create(s, NodeFactory.createURI(OGP + "score"), typed("1", iri)));
            cases.add(new Case("IRI <" + iri + "> everywhere", g));
        }
        return cases;
    }

    /** A seeded random graph. */
    public Case random(long seed) {
        Random random = new Random(seed);
        Graph g = GraphFactory.createDefaultGraph();
        List<Node> subjects = new ArrayList<>();
        int nSubjects = 1 + random.nextInt(6);
        for (int i = 0; i < nSubjects; i++) {
            subjects.add(subject(random, subjects));
        }
        int triples = 1 + random.nextInt(40);
        for (int i = 0; i < triples; i++) {
            Node s = subjects.get(random.nextInt(subjects.size()));
            int pick = random.nextInt(20);
            if (pick == 0) {
                list(random, g, s);
            } else if (pick < 3) {
                g.add(Triple.create(s, RDF.Nodes.type, pick == 1 ? iri(random) : subjects.get(
                        random.nextInt(subjects.size()))));
            } else {
                Node p = random.nextInt(6) == 0 ? NodeFactory.createURI(EX + "vocab#p" + random.nextInt(3))
                        : NodeFactory.createURI(termIris.get(random.nextInt(termIris.size())));
                g.add(Triple.create(s, p, object(random, subjects)));
            }
        }
        return new Case("random graph, seed " + seed, g);
    }

    private Node subject(Random random, List<Node> earlier) {
        return switch (random.nextInt(5)) {
            case 0 -> NodeFactory.createBlankNode();
            case 1 -> earlier.isEmpty() ? iri(random)
                    : NodeFactory.createURI(iriOf(earlier.get(0), random) + "#part-" + random.nextInt(3));
            default -> iri(random);
        };
    }

    private static String iriOf(Node node, Random random) {
        return node.isURI() ? node.getURI().replaceAll("#.*", "") : BASE + "id/event/e" + random.nextInt(4);
    }

    private Node iri(Random random) {
        return switch (random.nextInt(12)) {
            case 0 -> NodeFactory.createURI(termIris.get(random.nextInt(termIris.size())));
            case 1 -> NodeFactory.createURI(EX + "x/" + random.nextInt(3));
            case 2 -> NodeFactory.createURI(random.nextBoolean() ? "schema:thing" : "ogp:x");
            case 3 -> NodeFactory.createURI("urn:x:" + random.nextInt(3));
            default -> NodeFactory.createURI(BASE + "id/" + (random.nextBoolean() ? "event" : "person") + "/e"
                    + random.nextInt(4));
        };
    }

    private Node object(Random random, List<Node> subjects) {
        int pick = random.nextInt(10);
        if (pick < 3) {
            return subjects.get(random.nextInt(subjects.size()));
        } else if (pick < 4) {
            return iri(random);
        }
        List<Node> kinds = valueKinds(subjects.get(random.nextInt(subjects.size())));
        return kinds.get(random.nextInt(kinds.size()));
    }

    /** An RDF list of one to three members, from {@code s} by a random term. */
    private void list(Random random, Graph g, Node s) {
        Node head = NodeFactory.createBlankNode();
        g.add(Triple.create(s, NodeFactory.createURI(termIris.get(random.nextInt(termIris.size()))), head));
        int length = 1 + random.nextInt(3);
        for (int i = 0; i < length; i++) {
            Node next = i == length - 1 ? RDF.Nodes.nil : NodeFactory.createBlankNode();
            g.add(Triple.create(head, RDF.Nodes.first, NodeFactory.createLiteralLang("item " + i, "az")));
            g.add(Triple.create(head, RDF.Nodes.rest, next));
            head = next;
        }
    }
}
