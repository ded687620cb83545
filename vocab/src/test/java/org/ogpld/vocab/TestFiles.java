package org.ogpld.vocab;

import org.ogpld.testkit.Rdf4jOracle;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.ogpld.testkit.Rdf4jOracle;

/**
 * The vocabulary's files and test fixtures under {@value #BASE}, read without our code, and RDF4J set up to read
 * them: our context served from the classpath file, nothing from the network.
 */
final class TestFiles {

    static final String BASE = "/org/ogpld/vocab/";

    static final Rdf4jOracle RDF4J = Rdf4jOracle.offline().base("https://w3id.org/ogp-ld/")
            .context(Vocab.CONTEXT_IRI, () -> text("context.jsonld"));

    private TestFiles() {
    }

    static String text(String name) {
        try (InputStream in = TestFiles.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + BASE + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Model turtle(String name) {
        return RDF4J.parse(text(name), RDFFormat.TURTLE);
    }
}
