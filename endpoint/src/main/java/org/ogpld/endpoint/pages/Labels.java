package org.ogpld.endpoint.pages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.ogpld.vocab.SCHEMA;
import org.ogpld.vocab.Vocab;

/**
 * Labels in the visitor's language, falling back to the other language, then to any label, then to words made from
 * the IRI. They come from the description being shown, then from the vocabulary's code lists and ontology.
 */
public final class Labels {

    /** The properties that name things, in order of preference. */
    public static final List<Node> PROPERTIES = List.of(SKOS.prefLabel.asNode(), SCHEMA.name.asNode(),
            FOAF.name.asNode(), DCTerms.title.asNode(), RDFS.label.asNode());

    private static final Map<Node, List<Node>> VOCABULARY = vocabularyLabels();

    private final String language;
    private final Function<Node, String> terms;
    private final Map<Node, List<Node>> known = new HashMap<>();

    public Labels(String language) {
        this(language, term -> null);
    }

    /**
     * Labels that name vocabulary terms the vocabulary leaves unlabelled in the visitor's language (schema.org,
     * Dublin Core, ORG...) by {@code terms}, which gives {@code null} for a term it does not know.
     */
    public Labels(String language, Function<Node, String> terms) {
        this.language = language;
        this.terms = terms;
    }

    /** The visitor's language ({@code az} or {@code en}). */
    public String language() {
        return language;
    }

    /** Learns every label that {@code graph} states. */
    public Labels learn(Graph graph) {
        for (Node property : PROPERTIES) {
            graph.find(Node.ANY, property, Node.ANY).forEachRemaining(this::learn);
        }
        return this;
    }

    /** Learns the labels that {@code store} holds for {@code nodes} (call inside a read transaction). */
    public Labels learn(org.apache.jena.sparql.core.DatasetGraph store, java.util.Collection<Node> nodes) {
        for (Node node : nodes) {
            if (node.isURI()) {
                for (Node property : PROPERTIES) {
                    store.find(Node.ANY, node, property, Node.ANY)
                            .forEachRemaining(quad -> learn(quad.asTriple()));
                }
            }
        }
        return this;
    }

    private void learn(Triple triple) {
        if (triple.getObject().isLiteral()) {
            known.computeIfAbsent(triple.getSubject(), s -> new ArrayList<>()).add(triple.getObject());
        }
    }

    /** The label of a node as a value that does not link anywhere. */
    public Value of(Node node) {
        List<Node> labels = known.getOrDefault(node, VOCABULARY.getOrDefault(node, List.of()));
        boolean inVisitorsLanguage = labels.stream().anyMatch(l -> language.equals(l.getLiteralLanguage()));
        String term = inVisitorsLanguage ? null : terms.apply(node);
        if (term != null) {
            return new Value(term, null, null);
        }
        Node best = best(labels);
        if (best != null) {
            return literal(best);
        }
        return new Value(words(node), null, null);
    }

    /** The literals to show of several: those in the visitor's language, else the other's, else all. */
    public List<Node> inLanguage(List<Node> literals) {
        for (String wanted : List.of(language, other())) {
            List<Node> matching = literals.stream().filter(l -> wanted.equals(l.getLiteralLanguage())).toList();
            if (!matching.isEmpty()) {
                return matching;
            }
        }
        return literals;
    }

    /** A literal as a value, with its language when it is not the visitor's; dates and numbers in the visitor's. */
    public Value literal(Node literal) {
        String tag = literal.getLiteralLanguage();
        return new Value(LiteralText.of(literal, language), tag.isEmpty() || tag.equals(language) ? null : tag, null);
    }

    private Node best(List<Node> labels) {
        if (labels.isEmpty()) {
            return null;
        }
        List<Node> chosen = inLanguage(labels);
        return chosen.get(0);
    }

    private String other() {
        return "az".equals(language) ? "en" : "az";
    }

    /** The last segment of an IRI, dashes as spaces: {@code code/completion/substantial} gives "substantial". */
    static String words(Node node) {
        if (!node.isURI()) {
            return node.isLiteral() ? node.getLiteralLexicalForm() : "";
        }
        String iri = node.getURI();
        int cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
        String last = cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
        return last.replace('-', ' ');
    }

    private static Map<Node, List<Node>> vocabularyLabels() {
        Map<Node, List<Node>> labels = new HashMap<>();
        for (Model model : List.of(Vocab.codeLists(), Vocab.ontology())) {
            for (Node property : Set.of(SKOS.prefLabel.asNode(), RDFS.label.asNode())) {
                model.getGraph().find(Node.ANY, property, Node.ANY).forEachRemaining(t -> {
                    if (t.getObject().isLiteral()) {
                        labels.computeIfAbsent(t.getSubject(), s -> new ArrayList<>()).add(t.getObject());
                    }
                });
            }
        }
        return Map.copyOf(labels);
    }
}
