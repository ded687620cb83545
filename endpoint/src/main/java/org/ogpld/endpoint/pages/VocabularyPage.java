package org.ogpld.endpoint.pages;

import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.ogpld.vocab.OGP;
import org.ogpld.vocab.OGPCode;
import org.ogpld.vocab.Vocab;

/**
 * What the {@code vocabulary} template shows at {@code /ns}: the title and a table of contents (classes, properties,
 * code lists, each linked to the anchor the documentation gives it) in the visitor's language, and the body of the
 * documentation page that {@code vocab} generates from its own classpath resources, without its own title.
 */
final class VocabularyPage {

    private final String documentation = body(Vocab.documentationHtml());

    /** The vocabulary's title in {@code language}. */
    String title(String language) {
        return new Labels(language).of(org.apache.jena.graph.NodeFactory.createURI(OGP.ONTOLOGY)).text();
    }

    /** The table of contents in {@code language}: classes, properties and code lists, each sorted by label. */
    List<Section> contents(String language) {
        Labels labels = new Labels(language);
        Model ontology = Vocab.ontology();
        List<Resource> properties = new java.util.ArrayList<>(ours(ontology, OWL.ObjectProperty));
        properties.addAll(ours(ontology, OWL.DatatypeProperty));
        return List.of(new Section("classes", entries(ours(ontology, OWL.Class), OGP.NS, "", labels)),
                new Section("properties", entries(properties.stream().distinct().toList(), OGP.NS, "", labels)),
                new Section("code-lists", entries(Vocab.codeLists().listSubjectsWithProperty(RDF.type,
                        SKOS.ConceptScheme).toList(), OGPCode.NS, "code-", labels)));
    }

    /** The documentation's body, generated from the vocabulary's own files, so shown as it is. */
    String documentation() {
        return documentation;
    }

    private static List<Resource> ours(Model ontology, Resource type) {
        return ontology.listSubjectsWithProperty(RDF.type, type).toList().stream()
                .filter(t -> t.isURIResource() && t.getURI().startsWith(OGP.NS)).toList();
    }

    private static List<Value> entries(List<Resource> terms, String namespace, String anchorPrefix, Labels labels) {
        return terms.stream().filter(t -> t.isURIResource() && t.getURI().startsWith(namespace)).map(t -> {
            Node node = t.asNode();
            Value label = labels.of(node);
            return new Value(label.text(), label.lang(), "#" + anchorPrefix + t.getURI().substring(namespace.length()));
        }).sorted(Comparator.comparing(Value::text, java.text.Collator.getInstance(java.util.Locale.ROOT))).toList();
    }

    /** The content of the page's {@code body} after its {@code h1}. */
    private static String body(String page) {
        int start = page.indexOf("</h1>");
        int end = page.lastIndexOf("</body>");
        if (start < 0 || end < start) {
            throw new IllegalStateException("The vocabulary's documentation page (ogp.html in the vocab module) "
                    + "has no h1 and body end");
        }
        return page.substring(start + "</h1>".length(), end);
    }

    /**
     * One part of the table of contents.
     *
     * @param id the documentation section it leads to ({@code classes}, {@code properties}, {@code code-lists})
     * @param entries its terms, labelled and linked to their anchors
     */
    record Section(String id, List<Value> entries) {}
}
