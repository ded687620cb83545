package org.ogpld.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

/** The module README documents every term, scheme and code, so it cannot silently fall behind the files. */
class ReadmeTest {

    @Test
    void theReadmeListsEveryTermSchemeAndCode() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        Model codes = Vocab.codeLists();

        assertThat(Terms.declaredOgpTerms()).allSatisfy(iri ->
                assertThat(readme).contains("`ogp:" + iri.substring(OGP.NS.length()) + "`"));
        codes.listSubjectsWithProperty(RDF.type, SKOS.ConceptScheme).forEach(scheme -> {
            String name = scheme.getURI().substring(OGPCode.NS.length());
            assertThat(readme).contains("### `" + name + "`");
            int section = readme.indexOf("### `" + name + "`");
            int next = readme.indexOf("### ", section + 1);
            String table = readme.substring(section, next < 0 ? readme.length() : next);
            codes.listSubjectsWithProperty(SKOS.inScheme, scheme).forEach(concept -> assertThat(table)
                    .contains("`" + concept.getURI().substring(scheme.getURI().length() + 1) + "`"));
        });
    }
}
