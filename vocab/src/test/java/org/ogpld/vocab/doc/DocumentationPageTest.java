package org.ogpld.vocab.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ogpld.vocab.OGP;
import org.ogpld.vocab.OGPCode;
import org.ogpld.vocab.Vocab;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class DocumentationPageTest {

    private static Document page;
    private static Map<String, Element> byId;

    @BeforeAll
    static void parseTheGeneratedPage() throws Exception {
        page = parse(Vocab.documentationHtml());
        byId = new TreeMap<>();
        NodeList all = page.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (element.hasAttribute("id")) {
                byId.put(element.getAttribute("id"), element);
            }
        }
    }

    @Test
    void theBuildPackagedAWellFormedHtml5Page() {
        assertThat(Vocab.documentationHtml()).startsWith("<!DOCTYPE html>");
        assertThat(page.getDocumentElement().getAttribute("lang")).isEqualTo("en");
    }

    @Test
    void everyTermHasASectionWithBothLabelsAndBothComments() {
        Model ontology = Vocab.ontology();
        ontology.listSubjectsWithProperty(RDFS.isDefinedBy, ontology.createResource(OGP.ONTOLOGY)).forEach(term -> {
            Element section = byId.get(term.getLocalName());
            assertThat(section).as(term.getURI()).isNotNull();
            String text = section.getTextContent();
            term.listProperties(RDFS.label).forEach(s -> assertThat(text).contains(s.getString()));
            term.listProperties(RDFS.comment).forEach(s -> assertThat(text).contains(s.getString()));
            assertThat(text).contains(term.getURI());
        });
    }

    @Test
    void alignmentsAreShownWithTheirPrefixedNames() {
        assertThat(byId.get("NationalActionPlan").getTextContent()).contains("rdfs:subClassOf", "p-plan:Plan");
        assertThat(byId.get("MonitoringStudy").getTextContent()).contains("qb:DataSet", "prov:Entity");
        assertThat(byId.get("participantCount").getTextContent()).contains("one of:", "cv:Participation",
                "cv:PublicEvent");
    }

    @Test
    void everyConceptHasARowWithItsNotationLabelsAndScore() {
        Model codes = Vocab.codeLists();
        codes.listSubjectsWithProperty(RDF.type, SKOS.Concept).forEach(concept -> {
            Element row = byId.get("code-" + concept.getURI().substring(OGPCode.NS.length()));
            assertThat(row).as(concept.getURI()).isNotNull();
            String text = row.getTextContent();
            concept.listProperties(SKOS.prefLabel).forEach(s -> assertThat(text).contains(s.getString()));
            concept.listProperties(SKOS.notation).forEach(s -> assertThat(text).contains(s.getString()));
        });
        assertThat(byId.get("code-completion/substantial").getTextContent()).contains("Əsaslı", "4");
        assertThat(byId.get("code-policy-area/environment-and-climate").getTextContent())
                .contains("Environment & Climate");
    }

    @Test
    void markupInLabelsIsEscapedNotInterpreted() throws Exception {
        Model hostile = ModelFactory.createDefaultModel();
        Resource term = hostile.createResource(OGP.NS + "Evil");
        hostile.add(term, RDF.type, OWL.Class);
        hostile.add(term, RDFS.label, "<script>alert('x')</script> & co", "en");
        hostile.add(term, RDFS.comment, "\"quoted\" <b>bold</b>", "az");
        hostile.add(hostile.createResource(OGP.ONTOLOGY), OWL.versionInfo, "1");

        String html = DocumentationPage.render(hostile, ModelFactory.createDefaultModel(), Vocab.prefixes());

        assertThat(html).doesNotContain("<script>", "<b>").contains("&lt;script&gt;", "&amp; co");
        Document parsed = parse(html);
        assertThat(parsed.getElementsByTagName("script").getLength()).isZero();
        assertThat(parsed.getDocumentElement().getTextContent()).contains("<script>alert('x')</script> & co");
    }

    private static Document parse(String html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        factory.setExpandEntityReferences(false);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
    }
}
