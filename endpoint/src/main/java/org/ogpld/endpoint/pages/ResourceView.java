package org.ogpld.endpoint.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.ogpld.vocab.SCHEMA;
import org.ogpld.vocab.Vocab;

/**
 * One node of a description as templates read it: {@code r.values('schema:organizer')}, {@code r.parts(...)},
 * {@code r.incoming(...)}, with properties named by the vocabulary's prefixes. Values are labelled in the
 * visitor's language and linked by {@link Links}.
 */
public final class ResourceView {

    /** Classes of organisations, each before the classes it is a subclass of (the ORG ontology's and ours). */
    private static final List<Node> MOST_SPECIFIC_FIRST = List.of("ogp:OgpMember", "cv:PublicOrganisation",
            "schema:NGO", "org:OrganizationalUnit", "org:OrganizationalCollaboration", "org:FormalOrganization",
            "org:Organization").stream().map(ResourceView::expand).toList();

    private final Graph graph;
    private final Node node;
    private final Labels labels;
    private final Links links;

    ResourceView(Graph graph, Node node, Labels labels, Links links) {
        this.graph = graph;
        this.node = node;
        this.labels = labels;
        this.links = links;
    }

    /** The IRI of the node. */
    public String iri() {
        return node.isURI() ? node.getURI() : "";
    }

    /** The fragment of a part's IRI ({@code talk-1}), an anchor on its owner's page. */
    public String anchor() {
        int hash = iri().indexOf('#');
        return hash < 0 ? null : iri().substring(hash + 1);
    }

    /** The node's label in the visitor's language. */
    public Value label() {
        return labels.of(node);
    }

    /** The values of a property: literals in the visitor's language (else the other), resources by label. */
    public List<Value> values(String property) {
        List<Node> objects = graph.find(node, expand(property), Node.ANY).mapWith(Triple::getObject).toList();
        List<Value> values = new ArrayList<>();
        List<Node> literals = objects.stream().filter(Node::isLiteral).toList();
        labels.inLanguage(literals).forEach(l -> values.add(labels.literal(l)));
        objects.stream().filter(o -> !o.isLiteral()).sorted(Comparator.comparing(Node::toString))
                .forEach(o -> values.add(link(o)));
        return values;
    }

    /** The first value of a property, or {@code null}. */
    public Value value(String property) {
        List<Value> values = values(property);
        return values.isEmpty() ? null : values.get(0);
    }

    /** The nodes a property links to, as views, in {@code schema:position} order where they have one. */
    public List<ResourceView> parts(String property) {
        return graph.find(node, expand(property), Node.ANY).mapWith(Triple::getObject)
                .filterKeep(o -> !o.isLiteral()).toList().stream()
                .sorted(Comparator.comparingLong(this::position).thenComparing((Node n) -> n.toString()))
                .map(this::view).toList();
    }

    /** The subjects that link here with a property, labelled and linked. */
    public List<Value> incoming(String property) {
        return graph.find(Node.ANY, expand(property), node).mapWith(Triple::getSubject).toList().stream()
                .distinct().sorted(Comparator.comparing(Node::toString)).map(this::link).toList();
    }

    /** The subjects that link here with a property, as views. */
    public List<ResourceView> incomingViews(String property) {
        return graph.find(Node.ANY, expand(property), node).mapWith(Triple::getSubject).toList().stream()
                .distinct().sorted(Comparator.comparing(Node::toString)).map(this::view).toList();
    }

    /**
     * The node's most specific type, labelled and linked, as a list of one (none when it has no type): the first of
     * its types in {@link #MOST_SPECIFIC_FIRST}, else the first of its types by IRI. An NGO is stated to be
     * {@code schema:NGO}, {@code org:FormalOrganization} and {@code org:Organization}; the page says "NGO".
     */
    public List<Value> mostSpecificType() {
        List<Node> types = graph.find(node, RDF.type.asNode(), Node.ANY).mapWith(Triple::getObject)
                .filterKeep(Node::isURI).toList();
        return MOST_SPECIFIC_FIRST.stream().filter(types::contains).findFirst()
                .or(() -> types.stream().min(Comparator.comparing(Node::getURI)))
                .map(type -> List.of(link(type))).orElse(List.of());
    }

    /** Whether the node has the type, e.g. {@code has('org:OrganizationalUnit')}. */
    public boolean has(String type) {
        return graph.contains(node, RDF.type.asNode(), expand(type));
    }

    /** Every property of the node with its values, for the generic page and the "all statements" section. */
    public List<Row> statements() {
        Map<Node, List<Node>> byProperty = new LinkedHashMap<>();
        graph.find(node, Node.ANY, Node.ANY).toList().stream()
                .sorted(Comparator.comparing((Triple t) -> t.getPredicate().getURI()))
                .forEach(t -> byProperty.computeIfAbsent(t.getPredicate(), p -> new ArrayList<>()).add(t.getObject()));
        List<Row> rows = new ArrayList<>();
        byProperty.forEach((property, objects) -> rows.add(new Row(link(property), valuesOf(objects))));
        return rows;
    }

    /** Every link pointing here, by property. */
    public List<Row> incomingStatements() {
        Map<Node, List<Node>> byProperty = new LinkedHashMap<>();
        graph.find(Node.ANY, Node.ANY, node).toList().stream()
                .sorted(Comparator.comparing((Triple t) -> t.getPredicate().getURI()))
                .forEach(t -> byProperty.computeIfAbsent(t.getPredicate(), p -> new ArrayList<>()).add(t.getSubject()));
        List<Row> rows = new ArrayList<>();
        byProperty.forEach((property, subjects) -> rows.add(new Row(link(property), valuesOf(subjects))));
        return rows;
    }

    private List<Value> valuesOf(List<Node> nodes) {
        List<Value> values = new ArrayList<>();
        labels.inLanguage(nodes.stream().filter(Node::isLiteral).toList())
                .forEach(l -> values.add(labels.literal(l)));
        nodes.stream().filter(n -> !n.isLiteral()).distinct().forEach(n -> values.add(link(n)));
        return values;
    }

    Value link(Node target) {
        Value label = labels.of(target);
        return new Value(label.text(), label.lang(), links.href(target));
    }

    ResourceView view(Node target) {
        return new ResourceView(graph, target, labels, links);
    }

    private long position(Node part) {
        return graph.find(part, SCHEMA.position.asNode(), Node.ANY).mapWith(Triple::getObject)
                .filterKeep(Node::isLiteral).nextOptional()
                .map(l -> parseLong(l.getLiteralLexicalForm())).orElse(Long.MAX_VALUE);
    }

    private static long parseLong(String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException ex) {
            return Long.MAX_VALUE;
        }
    }

    static Node expand(String prefixed) {
        return NodeFactory.createURI(Vocab.prefixes().expandPrefix(prefixed));
    }

    /**
     * One property of a node and its values.
     *
     * @param property the property, labelled and linked to its documentation
     * @param values its values
     */
    public record Row(Value property, List<Value> values) {}
}
