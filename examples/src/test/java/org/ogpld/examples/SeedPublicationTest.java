package org.ogpld.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.ogpld.model.publish.RdfFormat;
import org.ogpld.model.publish.Validation;
import org.ogpld.testkit.Rdf4jOracle;
import org.ogpld.vocab.Vocab;

/**
 * The seed YAML is valid, and the Turtle and JSON-LD committed beside it are what the library makes of it today.
 * Run with {@code -Dogpld.regenerate=true} to rewrite them after changing the YAML, the mapping or the vocabulary.
 */
class SeedPublicationTest {

    /** RDF4J reads what we published, our context served as the network would, nothing else fetched. */
    private static final Rdf4jOracle RDF4J = Rdf4jOracle.offline().base(SeedFiles.BASE)
            .context(Vocab.CONTEXT_IRI, Vocab.context());

    private static final IRI GENERATED_AT = SimpleValueFactory.getInstance()
            .createIRI("http://www.w3.org/ns/prov#generatedAtTime");

    @Test
    void seedPublicationPassesStructuralChecksAndShapesWithoutWarnings() {
        Validation validation = SeedFiles.publisher().validate(SeedFiles.authored());

        assertThat(validation.errors()).isEmpty();
        assertThat(validation.warnings()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = RdfFormat.class, names = {"TURTLE", "JSONLD"})
    void committedFileIsTheGraphTheLibraryMakesToday(RdfFormat format) throws IOException {
        byte[] generated = SeedFiles.generate(format);
        if (Boolean.getBoolean("ogpld.regenerate")) {
            Files.write(SeedFiles.committed(format), generated);
        }

        Model fresh = RDF4J.parse(generated, rdf4j(format));
        Model committed;
        try (InputStream in = SeedFiles.open(format)) {
            committed = RDF4J.parse(in, rdf4j(format));
        }

        assertThat(committed).isNotEmpty();
        assertThat(committed.filter(null, GENERATED_AT, null)).hasSize(1);
        // The time of generation is the one statement that differs from run to run.
        committed.remove(null, GENERATED_AT, null);
        fresh.remove(null, GENERATED_AT, null);
        assertThat(Models.isomorphic(committed, fresh))
                .as("%s is stale: regenerate with -Dogpld.regenerate=true", SeedFiles.committed(format))
                .isTrue();
    }

    @Test
    void turtleAndJsonLdCarryTheSameGraph() throws IOException {
        Model turtle;
        Model jsonLd;
        try (InputStream ttl = SeedFiles.open(RdfFormat.TURTLE); InputStream json = SeedFiles.open(RdfFormat.JSONLD)) {
            turtle = RDF4J.parse(ttl, RDFFormat.TURTLE);
            jsonLd = RDF4J.parse(json, RDFFormat.JSONLD);
        }

        assertThat(Models.isomorphic(turtle, jsonLd)).isTrue();
    }

    private static RDFFormat rdf4j(RdfFormat format) {
        return format == RdfFormat.TURTLE ? RDFFormat.TURTLE : RDFFormat.JSONLD;
    }
}
