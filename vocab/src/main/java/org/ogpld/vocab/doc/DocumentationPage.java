package org.ogpld.vocab.doc;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.ogpld.vocab.OGP;
import org.w3c.dom.Element;

/**
 * The human documentation of the vocabulary: one static HTML page with the classes (each followed by the properties
 * whose domain it is), the remaining properties grouped by domain, the individuals and the code lists.
 */
public final class DocumentationPage {

    private static final String STYLE = "body{font-family:sans-serif;max-width:60rem;margin:auto;padding:1rem;"
            + "line-height:1.4}dt{font-weight:bold}dd{margin:0 0 .4rem 1.5rem}.term{border-top:1px solid #ccc}"
            + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2rem .4rem;text-align:left}"
            + "td.narrower{padding-left:1.5rem}.iri{font-family:monospace}";

    private final Model ontology;
    private final Model codes;
    private final Html html = new Html("en");
    private final TermRenderer terms;

    private DocumentationPage(Model ontology, Model codes, PrefixMapping prefixes) {
        this.ontology = ontology;
        this.codes = codes;
        this.terms = new TermRenderer(html, prefixes);
    }

    /** Renders the ontology and the code lists as one HTML page. */
    public static String render(Model ontology, Model codes, PrefixMapping prefixes) {
        return new DocumentationPage(ontology, codes, prefixes).build();
    }

    private String build() {
        Resource self = ontology.createResource(OGP.ONTOLOGY);
        Element head = html.element(html.root(), "head");
        html.element(head, "meta", "charset", "utf-8");
        html.textElement(head, "title", TermRenderer.text(self, DCTerms.title, "en"));
        html.textElement(head, "style", STYLE);
        Element body = html.element(html.root(), "body");
        html.textElement(body, "h1", TermRenderer.text(self, DCTerms.title, "en"));
        html.textElement(body, "p", TermRenderer.text(self, RDFS.comment, "en"), "lang", "en");
        html.textElement(body, "p", TermRenderer.text(self, RDFS.comment, "az"), "lang", "az");
        html.textElement(body, "p", "Namespace " + OGP.NS + " (prefix ogp) · version "
                + self.getProperty(OWL.versionInfo).getString(), "class", "iri");
        classes(html.element(body, "section", "id", "classes"));
        otherProperties(html.element(body, "section", "id", "properties"));
        individuals(html.element(body, "section", "id", "individuals"));
        codeLists(html.element(body, "section", "id", "code-lists"));
        return html.serialise();
    }

    private void classes(Element section) {
        html.textElement(section, "h2", "Classes and their properties");
        for (Resource type : ours(OWL.Class)) {
            Element group = html.element(section, "div", "class", "class-group");
            html.textElement(group, "h3", TermRenderer.label(type, "en") + " · " + TermRenderer.label(type, "az"));
            terms.render(group, type);
            properties().stream().filter(p -> type.equals(p.getPropertyResourceValue(RDFS.domain)))
                    .forEach(p -> terms.render(group, p));
        }
    }

    private void otherProperties(Element section) {
        html.textElement(section, "h2", "Properties of other classes");
        Map<String, List<Resource>> byDomain = new LinkedHashMap<>();
        for (Resource property : properties()) {
            Resource domain = property.getPropertyResourceValue(RDFS.domain);
            if (domain == null || !domain.isURIResource() || !domain.getURI().startsWith(OGP.NS)) {
                byDomain.computeIfAbsent(domainName(domain), k -> new java.util.ArrayList<>()).add(property);
            }
        }
        byDomain.forEach((domain, members) -> {
            Element group = html.element(section, "div", "class", "domain-group");
            html.textElement(group, "h3", "Domain: " + domain);
            members.forEach(p -> terms.render(group, p));
        });
    }

    private void individuals(Element section) {
        html.textElement(section, "h2", "Individuals");
        ontology.listSubjectsWithProperty(RDFS.isDefinedBy, ontology.createResource(OGP.ONTOLOGY)).toList().stream()
                .filter(t -> !t.hasProperty(RDF.type, OWL.Class) && !isProperty(t))
                .sorted(Comparator.comparing(Resource::getURI)).forEach(t -> terms.render(section, t));
    }

    private void codeLists(Element section) {
        html.textElement(section, "h2", "Code lists");
        CodeListRenderer renderer = new CodeListRenderer(html);
        codes.listSubjectsWithProperty(RDF.type, SKOS.ConceptScheme).toList().stream()
                .sorted(Comparator.comparing(Resource::getURI)).forEach(scheme -> renderer.render(section, scheme));
    }

    private List<Resource> properties() {
        List<Resource> properties = new java.util.ArrayList<>(ours(OWL.ObjectProperty));
        properties.addAll(ours(OWL.DatatypeProperty));
        properties.sort(Comparator.comparing(Resource::getURI));
        return properties;
    }

    private List<Resource> ours(Resource type) {
        return ontology.listSubjectsWithProperty(RDF.type, type).toList().stream()
                .filter(t -> t.isURIResource() && t.getURI().startsWith(OGP.NS))
                .sorted(Comparator.comparing(Resource::getURI)).toList();
    }

    private static boolean isProperty(Resource term) {
        return term.hasProperty(RDF.type, OWL.ObjectProperty) || term.hasProperty(RDF.type, OWL.DatatypeProperty);
    }

    private String domainName(RDFNode domain) {
        if (domain != null && domain.isURIResource()) {
            return ontology.shortForm(domain.asResource().getURI());
        }
        return "a union of classes";
    }
}
