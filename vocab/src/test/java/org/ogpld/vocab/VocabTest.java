package org.ogpld.vocab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.apicatalog.jsonld.document.Document;
import java.net.URI;
import org.apache.jena.shared.JenaException;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

class VocabTest {

    @Test
    void prefixesCoverEveryNamespaceWeUseAndCannotBeChanged() {
        PrefixMapping prefixes = Vocab.prefixes();

        assertThat(prefixes.getNsPrefixURI("ogp")).isEqualTo(OGP.NS);
        assertThat(prefixes.getNsPrefixURI("code")).isEqualTo(OGPCode.NS);
        assertThat(prefixes.getNsPrefixURI("schema")).isEqualTo("https://schema.org/");
        assertThat(prefixes.getNsPrefixMap()).containsKeys("cv", "org", "person", "foaf", "dct", "skos", "prov",
                "qb", "time", "locn", "p-plan", "void", "dcat", "hydra");
        assertThat(prefixes.shortForm(OGP.Commitment.getURI())).isEqualTo("ogp:Commitment");
        assertThatThrownBy(() -> prefixes.setNsPrefix("x", "urn:x:")).isInstanceOf(JenaException.class);
    }

    @Test
    void servedGraphsAreReadOnly() {
        assertThatThrownBy(() -> Vocab.ontology().add(OGP.Commitment, RDF.type, OGP.Milestone))
                .isInstanceOf(JenaException.class);
        assertThatThrownBy(() -> Vocab.codeLists().removeAll()).isInstanceOf(JenaException.class);
    }

    @Test
    void conceptsAreFoundBySpreadsheetNotationWithinTheirScheme() {
        assertThat(Vocab.concept(OGPCode.completion, "Substantial"))
                .contains(OGPCode.concept(OGPCode.completion, "substantial"));
        assertThat(Vocab.concept(OGPCode.potentialForResults, "Substantial"))
                .contains(OGPCode.concept(OGPCode.potentialForResults, "substantial"));
        assertThat(Vocab.concept(OGPCode.policyArea, "Environment & Climate"))
                .contains(OGPCode.concept(OGPCode.policyArea, "environment-and-climate"));
        assertThat(Vocab.concept(OGPCode.missingValue, "Not Applicable"))
                .contains(OGPCode.concept(OGPCode.missingValue, "not-applicable"));
        assertThat(Vocab.concept(OGPCode.completion, "Marginal")).isEmpty();
    }

    @Test
    void theLoaderServesTheContextFromTheClasspath() throws Exception {
        Document document = Vocab.documentLoader().loadDocument(URI.create(Vocab.CONTEXT_IRI), null);

        assertThat(document.getDocumentUrl()).hasToString(Vocab.CONTEXT_IRI);
        assertThat(document.getJsonContent().orElseThrow().asJsonObject()).containsKey("@context");
        assertThat(Vocab.context()).isEqualTo(TestFiles.text("context.jsonld"));
    }

    @Test
    void everyFrameKindHasAFrameAndTheShapesAreParsed() {
        assertThat(Vocab.FRAME_KINDS).allSatisfy(kind -> assertThat(Vocab.frame(kind)).contains(Vocab.CONTEXT_IRI));
        assertThat(Vocab.shapes().numRootShapes()).isPositive();
    }
}
