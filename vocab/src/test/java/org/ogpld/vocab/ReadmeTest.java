package org.ogpld.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.ogpld.vocab.doc.ReadmeTables;

/**
 * The module README's term and code tables are the ones {@link ReadmeTables} renders from the Turtle today, so they
 * cannot silently fall behind the files. Run with {@code -Dogpld.regenerate=true} to rewrite them after changing
 * the ontology or the code lists.
 */
class ReadmeTest {

    private static final Path README = Path.of("README.md");

    @Test
    void theCommittedTablesAreTheOnesTheTurtleGivesToday() throws IOException {
        String generated = ReadmeTables.refresh(Files.readString(README, StandardCharsets.UTF_8), Vocab.ontology(),
                Vocab.codeLists(), Vocab.prefixes());
        if (Boolean.getBoolean("ogpld.regenerate")) {
            Files.writeString(README, generated, StandardCharsets.UTF_8);
        }

        assertThat(Files.readString(README, StandardCharsets.UTF_8)).as("vocab/README.md is stale: regenerate with -Dogpld.regenerate=true")
                .isEqualTo(generated);
    }

    @Test
    void theReadmeListsEveryTermSchemeAndCode() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
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
