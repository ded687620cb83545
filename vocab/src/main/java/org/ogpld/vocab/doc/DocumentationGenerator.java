package org.ogpld.vocab.doc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ogpld.vocab.Vocab;

/**
 * Build step (Maven {@code process-classes}): writes the vocabulary's HTML documentation to the file given as the
 * only argument, which the build places at {@code org/ogpld/vocab/ogp.html} in the jar.
 */
public final class DocumentationGenerator {

    private DocumentationGenerator() {
    }

    /** Writes the page; {@code args[0]} is the output file. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("Usage: DocumentationGenerator <output.html>");
        }
        Path output = Path.of(args[0]);
        Files.createDirectories(output.toAbsolutePath().getParent());
        String page = DocumentationPage.render(Vocab.ontology(), Vocab.codeLists(), Vocab.prefixes());
        Files.writeString(output, page, StandardCharsets.UTF_8);
    }
}
