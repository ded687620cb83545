package org.ogpld.vocab.doc;

import java.util.Comparator;
import java.util.List;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.ogpld.vocab.OGP;
import org.ogpld.vocab.QB;
import org.w3c.dom.Element;

/** Renders one term of the ontology: its names, labels and comments in both languages, and its alignments. */
final class TermRenderer {

    private static final List<Property> RELATIONS = List.of(RDF.type, RDFS.subClassOf, RDFS.subPropertyOf,
            OWL.equivalentClass, OWL.inverseOf, RDFS.domain, RDFS.range, QB.codeList);

    private final Html html;
    private final PrefixMapping prefixes;

    TermRenderer(Html html, PrefixMapping prefixes) {
        this.html = html;
        this.prefixes = prefixes;
    }

    void render(Element parent, Resource term) {
        Element section = html.element(parent, "section", "id", term.getLocalName(), "class", "term");
        Element heading = html.textElement(section, "h4", label(term, "en"));
        html.appendText(heading, " ");
        html.textElement(heading, "code", prefixes.shortForm(term.getURI()));
        Element facts = html.element(section, "dl");
        html.textElement(fact(facts, "IRI"), "a", term.getURI(), "href", term.getURI());
        html.textElement(fact(facts, "label (en)"), "span", label(term, "en"), "lang", "en");
        html.textElement(fact(facts, "etiket (az)"), "span", label(term, "az"), "lang", "az");
        html.textElement(fact(facts, "comment (en)"), "span", text(term, RDFS.comment, "en"), "lang", "en");
        html.textElement(fact(facts, "şərh (az)"), "span", text(term, RDFS.comment, "az"), "lang", "az");
        for (Property relation : RELATIONS) {
            List<RDFNode> values = term.listProperties(relation).mapWith(s -> s.getObject()).toList();
            if (!values.isEmpty()) {
                Element value = fact(facts, prefixes.shortForm(relation.getURI()));
                values.stream().sorted(Comparator.comparing(RDFNode::toString)).forEach(v -> reference(value, v));
            }
        }
    }

    /** A link to an IRI (inside the page for our own terms), or "one of" for an owl:unionOf class. */
    void reference(Element parent, RDFNode node) {
        if (node.isURIResource()) {
            parent.appendChild(link(node.asResource()));
            html.appendText(parent, " ");
        } else if (node.isAnon() && node.asResource().hasProperty(OWL.unionOf)) {
            html.appendText(parent, "one of: ");
            node.asResource().getPropertyResourceValue(OWL.unionOf).as(RDFList.class).asJavaList()
                    .forEach(member -> reference(parent, member));
        } else {
            html.appendText(parent, node.toString());
        }
    }

    static String label(Resource term, String language) {
        return text(term, RDFS.label, language);
    }

    static String text(Resource subject, Property property, String language) {
        return subject.listProperties(property).mapWith(s -> s.getObject())
                .filterKeep(o -> o.isLiteral() && language.equals(((Literal) o).getLanguage()))
                .nextOptional().map(o -> o.asLiteral().getLexicalForm()).orElse("–");
    }

    private Element fact(Element list, String name) {
        html.textElement(list, "dt", name);
        return html.element(list, "dd");
    }

    private Element link(Resource target) {
        String uri = target.getURI();
        String href = uri.startsWith(OGP.NS) ? "#" + uri.substring(OGP.NS.length()) : uri;
        Element anchor = html.create("a", "href", href);
        html.textElement(anchor, "code", prefixes.shortForm(uri));
        return anchor;
    }
}
