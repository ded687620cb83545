package org.ogpld.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.eclipse.rdf4j.model.util.Models;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ogpld.testkit.Rdf4jOracle;

class VocabFilesParseTest {

    @ParameterizedTest
    @ValueSource(strings = {"ogp.ttl", "codes.ttl", "shapes.ttl"})
    void jenaAndRdf4jReadTheSameGraph(String file) {
        var rdf4j = TestFiles.turtle(file);
        Model jena = ModelFactory.createDefaultModel();
        jena.read(VocabFilesParseTest.class.getResourceAsStream(TestFiles.BASE + file), null, "TURTLE");

        assertThat(rdf4j).isNotEmpty();
        assertThat(jena.size()).isEqualTo(rdf4j.size());
        assertThat(Models.isomorphic(Rdf4jOracle.of(jena), rdf4j)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ogp.ttl", "codes.ttl", "shapes.ttl"})
    void vocabApiServesTheFileAsRdf4jReadsIt(String file) {
        Model served = switch (file) {
            case "ogp.ttl" -> Vocab.ontology();
            case "codes.ttl" -> Vocab.codeLists();
            default -> ModelFactory.createModelForGraph(Vocab.shapesGraph());
        };
        assertThat(Models.isomorphic(Rdf4jOracle.of(served), TestFiles.turtle(file))).isTrue();
    }
}
