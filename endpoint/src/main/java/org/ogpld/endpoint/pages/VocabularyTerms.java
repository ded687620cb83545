package org.ogpld.endpoint.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.ogpld.vocab.OGP;
import org.ogpld.vocab.Vocab;

/**
 * The documentation of the {@code ogp:} vocabulary as the {@code /ns} page shows it: each class and property
 * with its label, definition, kind and alignments, anchored by its local name so that
 * {@code https://w3id.org/ogp-ld/ns#Commitment} is documented at {@code /ns#Commitment}; then the code lists.
 */
public final class VocabularyTerms {

    private VocabularyTerms() {}

    /**
     * One documented term.
     *
     * @param anchor the local name, the fragment of the term's IRI
     * @param iri the term's IRI
     * @param kind class, object property, datatype property...
     * @param label its label
     * @param comment its definition
     * @param related alignments and constraints: super-classes and -properties, domains, ranges, equivalents
     */
    public record Term(String anchor, String iri, Value kind, Value label, Value comment, List<Related> related) {}

    /**
     * One relation of a term.
     *
     * @param relation what the relation is ("subClassOf", "range"...)
     * @param target what it relates to
     */
    public record Related(String relation, Value target) {}

    /**
     * A code list with its concepts.
     *
     * @param label the scheme's label
     * @param iri the scheme's IRI
     * @param concepts its concepts, each with notation and label
     */
    public record Scheme(Value label, String iri, List<Value> concepts) {}

    /**
     * The documentation in one language.
     *
     * @param terms the {@code ogp:} terms, classes first
     * @param schemes the code lists
     */
    public record Documentation(Value title, Value description, List<Term> terms, List<Scheme> schemes) {}

    /** Everything the {@code /ns} page shows, labelled in {@code language}. */
    public static Documentation of(String language) {
        Labels labels = new Labels(language);
        Graph ontology = Vocab.ontology().getGraph();
        Node ontologyNode = Labels.iri(OGP.NS.substring(0, OGP.NS.length() - 1));
        Value title = labels.of(ontologyNode);
        Value description = comment(ontology, ontologyNode, labels);
        List<Term> terms = ontology.find(Node.ANY, RDF.type.asNode(), Node.ANY).mapWith(Triple::getSubject).toList()
                .stream().distinct().filter(s -> s.isURI() && s.getURI().startsWith(OGP.NS))
                .sorted(Comparator.comparing((Node s) -> !isClass(ontology, s)).thenComparing(Node::getURI))
                .map(s -> term(ontology, s, labels)).toList();
        return new Documentation(title, description, terms, schemes(labels));
    }

    private static Term term(Graph ontology, Node term, Labels labels) {
        Node type = ontology.find(term, RDF.type.asNode(), Node.ANY).mapWith(Triple::getObject)
                .filterKeep(t -> t.getURI().startsWith(OWL.NS) || t.getURI().startsWith(RDFS.uri)).nextOptional()
                .orElse(RDFS.Resource.asNode());
        List<Related> related = new ArrayList<>();
        for (Node relation : List.of(RDFS.subClassOf.asNode(), RDFS.subPropertyOf.asNode(), RDFS.domain.asNode(),
                RDFS.range.asNode(), OWL.equivalentClass.asNode(), OWL.equivalentProperty.asNode())) {
            ontology.find(term, relation, Node.ANY).forEachRemaining(t -> related.add(
                    new Related(relation.getLocalName(), new Value(Labels.words(t.getObject()), null,
                            t.getObject().isURI() ? Links.vocabularyHref(t.getObject()) : null))));
        }
        String anchor = term.getURI().substring(OGP.NS.length());
        return new Term(anchor, term.getURI(), new Value(Labels.words(type), null, null), labels.of(term),
                comment(ontology, term, labels), related);
    }

    private static Value comment(Graph graph, Node node, Labels labels) {
        List<Node> comments = graph.find(node, RDFS.comment.asNode(), Node.ANY).mapWith(Triple::getObject).toList();
        return comments.isEmpty() ? null : labels.literal(labels.inLanguage(comments).get(0));
    }

    private static boolean isClass(Graph ontology, Node term) {
        return ontology.contains(term, RDF.type.asNode(), OWL.Class.asNode());
    }

    private static List<Scheme> schemes(Labels labels) {
        Graph codes = Vocab.codeLists().getGraph();
        return codes.find(Node.ANY, RDF.type.asNode(), SKOS.ConceptScheme.asNode()).mapWith(Triple::getSubject)
                .toList().stream().sorted(Comparator.comparing(Node::getURI))
                .map(scheme -> new Scheme(labels.of(scheme), scheme.getURI(), concepts(codes, scheme, labels)))
                .toList();
    }

    private static List<Value> concepts(Graph codes, Node scheme, Labels labels) {
        return codes.find(Node.ANY, SKOS.inScheme.asNode(), scheme).mapWith(Triple::getSubject).toList().stream()
                .sorted(Comparator.comparing(Node::getURI))
                .map(concept -> {
                    Value label = labels.of(concept);
                    String notation = codes.find(concept, SKOS.notation.asNode(), Node.ANY)
                            .mapWith(t -> t.getObject().getLiteralLexicalForm()).nextOptional().orElse("");
                    boolean same = notation.isEmpty() || notation.equalsIgnoreCase(label.text());
                    return new Value(same ? label.text() : notation + " – " + label.text(), label.lang(), null);
                }).toList();
    }
}
