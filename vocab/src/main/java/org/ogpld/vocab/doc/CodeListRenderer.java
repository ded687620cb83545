package org.ogpld.vocab.doc;

import java.util.Comparator;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.SKOS;
import org.ogpld.vocab.OGP;
import org.ogpld.vocab.OGPCode;
import org.w3c.dom.Element;

/** Renders one SKOS concept scheme as a table of its concepts, top concepts first, each followed by its narrower. */
final class CodeListRenderer {

    private final Html html;

    CodeListRenderer(Html html) {
        this.html = html;
    }

    void render(Element parent, Resource scheme) {
        String name = scheme.getURI().substring(OGPCode.NS.length());
        Element section = html.element(parent, "section", "id", "code-" + name, "class", "code-list");
        Element heading = html.textElement(section, "h4", TermRenderer.text(scheme, SKOS.prefLabel, "en"));
        html.appendText(heading, " · ");
        html.textElement(heading, "span", TermRenderer.text(scheme, SKOS.prefLabel, "az"), "lang", "az");
        html.textElement(section, "p", scheme.getURI(), "class", "iri");
        html.textElement(section, "p", TermRenderer.text(scheme, SKOS.definition, "en"), "lang", "en");
        html.textElement(section, "p", TermRenderer.text(scheme, SKOS.definition, "az"), "lang", "az");
        Element table = html.element(section, "table");
        Element header = html.element(html.element(table, "thead"), "tr");
        for (String column : List.of("code", "notation", "English", "Azərbaycanca", "score")) {
            html.textElement(header, "th", column, "scope", "col");
        }
        Element body = html.element(table, "tbody");
        for (Resource top : sorted(scheme.getModel(), scheme, SKOS.topConceptOf)) {
            row(body, top, 0);
            for (Resource narrower : sorted(scheme.getModel(), top, SKOS.broader)) {
                row(body, narrower, 1);
            }
        }
    }

    private void row(Element body, Resource concept, int depth) {
        String code = concept.getURI().substring(concept.getURI().lastIndexOf('/') + 1);
        Element row = html.element(body, "tr", "id", "code-" + concept.getURI().substring(OGPCode.NS.length()));
        Element cell = html.element(row, "td", "class", depth == 0 ? "top" : "narrower");
        html.textElement(cell, "a", code, "href", concept.getURI());
        html.textElement(row, "td", String.join(" | ", concept.listProperties(SKOS.notation).mapWith(Statement::getString)
                .toList()));
        html.textElement(row, "td", TermRenderer.text(concept, SKOS.prefLabel, "en"), "lang", "en");
        html.textElement(row, "td", TermRenderer.text(concept, SKOS.prefLabel, "az"), "lang", "az");
        Statement score = concept.getProperty(concept.getModel().createProperty(OGP.score.getURI()));
        html.textElement(row, "td", score == null ? "–" : score.getLiteral().getLexicalForm());
    }

    /** Subjects with {@code property} pointing at {@code object}, in the order of their IRIs. */
    private static List<Resource> sorted(Model model, Resource object, org.apache.jena.rdf.model.Property property) {
        return model.listSubjectsWithProperty(property, object).toList().stream()
                .sorted(Comparator.comparing(Resource::getURI)).toList();
    }
}
