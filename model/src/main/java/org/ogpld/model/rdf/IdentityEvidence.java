package org.ogpld.model.rdf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.util.ResourceUtils;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.SKOS;
import org.ogpld.model.Countries;
import org.ogpld.model.Identifier;
import org.ogpld.model.Iris;
import org.ogpld.model.Slugs;

/**
 * What says which thing an IRI names, so that a load can tell two things minted alike from one thing seen twice:
 * authority identifiers (Wikidata ids from {@code owl:sameAs}; OGP member and ISO 3166 codes from
 * {@code adms:identifier}) and birth dates. Two descriptions of one IRI conflict when they give, for the same kind
 * of evidence, values that have none in common: two Wikidata ids, two birth dates. Popolo ids are not evidence here,
 * since they are scoped to their source and any IRI minted from one already carries its scope.
 *
 * <pre>{@code
 * List<IdentityEvidence.Conflict> conflicts = IdentityEvidence.conflicts(iris, graphName, incoming, store);
 * }</pre>
 */
public final class IdentityEvidence {

    /** The slug of the named graph where candidate links between sources are recorded. */
    public static final String CANDIDATE_LINKS = "candidate-links";

    /** Identifier schemes that name one thing in every source. */
    private static final Set<String> AUTHORITIES = Set.of(Identifier.OGP_MEMBER, Identifier.WIKIDATA,
            Countries.ISO_ALPHA3, Countries.ISO_ALPHA2);
    private static final String BIRTH_DATE = "birth date";

    /**
     * One IRI described in two sources with conflicting evidence.
     *
     * @param iri      the resource
     * @param evidence what kind of evidence conflicts ({@code wikidata}, {@code ogp-member}, {@code birth date}…)
     * @param incoming the values the incoming source gives
     * @param existing the values the store gives
     * @param graph    the graph of the store that gives them
     */
    public record Conflict(String iri, String evidence, Set<String> incoming, Set<String> existing, String graph) {

        /** A sentence naming both sources. */
        public String describe(String source) {
            return "<" + iri + ">: " + source + " gives " + evidence + " " + incoming + ", the store's graph <" + graph
                    + "> gives " + existing + ": two different things minted with one IRI";
        }
    }

    private IdentityEvidence() {
    }

    /**
     * The conflicts between the resources of {@code incoming} (to go into graph {@code graphName}) and what the
     * other graphs of {@code store} say about the same IRIs; the caller holds a read transaction on {@code store}.
     */
    public static List<Conflict> conflicts(Iris iris, Node graphName, Graph incoming, DatasetGraph store) {
        List<Conflict> conflicts = new ArrayList<>();
        Set<Node> subjects = new HashSet<>();
        incoming.find().forEachRemaining(t -> {
            if (t.getSubject().isURI() && iris.id(t.getSubject().getURI()).isPresent()) {
                subjects.add(t.getSubject());
            }
        });
        for (Node subject : subjects) {
            Map<String, Set<String>> ours = of(incoming, subject);
            if (ours.isEmpty()) {
                continue;
            }
            Set<Node> graphs = new HashSet<>();
            store.find(Node.ANY, subject, Node.ANY, Node.ANY).forEachRemaining(q -> graphs.add(q.getGraph()));
            graphs.remove(graphName);
            graphs.remove(Quad.defaultGraphIRI);
            for (Node graph : graphs) {
                Map<String, Set<String>> theirs = of(store.getGraph(graph), subject);
                ours.forEach((evidence, values) -> {
                    Set<String> other = theirs.getOrDefault(evidence, Set.of());
                    if (!other.isEmpty() && values.stream().noneMatch(other::contains)) {
                        conflicts.add(new Conflict(subject.getURI(), evidence, values, other, graph.getURI()));
                    }
                });
            }
        }
        return conflicts;
    }

    /** The evidence {@code graph} gives about {@code subject}, by kind. */
    static Map<String, Set<String>> of(Graph graph, Node subject) {
        Map<String, Set<String>> evidence = new TreeMap<>();
        graph.find(subject, OWL.sameAs.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isURI() && t.getObject().getURI().startsWith(IdentifierMapping.WIKIDATA_ENTITY)) {
                add(evidence, Identifier.WIKIDATA, t.getObject().getURI()
                        .substring(IdentifierMapping.WIKIDATA_ENTITY.length()));
            }
        });
        graph.find(subject, Terms.identifier.asNode(), Node.ANY).forEachRemaining(t -> {
            String scheme = literal(graph, t.getObject(), Terms.schemeAgency.asNode());
            String value = literal(graph, t.getObject(), SKOS.notation.asNode());
            if (scheme != null && value != null && AUTHORITIES.contains(scheme)) {
                add(evidence, scheme, value);
            }
        });
        graph.find(subject, Terms.birthDate.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isLiteral()) {
                add(evidence, BIRTH_DATE, t.getObject().getLiteralLexicalForm());
            }
        });
        return evidence;
    }

    private static String literal(Graph graph, Node subject, Node property) {
        return graph.find(subject, property, Node.ANY).toList().stream().map(Triple::getObject)
                .filter(Node::isLiteral).map(Node::getLiteralLexicalForm).findFirst().orElse(null);
    }

    /**
     * Gives each conflicting resource of {@code incoming} a distinct IRI of its own, {@code {iri}-{digest of the
     * incoming graph}}, and returns the candidate links to record in the graph {@value #CANDIDATE_LINKS}: the new
     * IRI {@code skos:closeMatch} the one it was minted alike with, for a person to confirm or reject.
     */
    public static Model split(Model incoming, Node graphName, List<Conflict> conflicts) {
        Model links = ModelFactory.createDefaultModel();
        for (String iri : conflicts.stream().map(Conflict::iri).distinct().toList()) {
            String distinct = iri + "-" + Slugs.shortHash(graphName.getURI());
            ResourceUtils.renameResource(incoming.createResource(iri), distinct);
            links.add(links.createResource(distinct), SKOS.closeMatch, links.createResource(iri));
        }
        return links;
    }

    private static void add(Map<String, Set<String>> evidence, String kind, String value) {
        evidence.computeIfAbsent(kind, k -> new java.util.TreeSet<>()).add(value);
    }
}
