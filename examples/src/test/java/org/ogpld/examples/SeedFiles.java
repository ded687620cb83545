package org.ogpld.examples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ogpld.model.authoring.Authored;
import org.ogpld.model.publish.Publisher;
import org.ogpld.model.publish.RdfFormat;

/**
 * The seed publication: its authored YAML and the Turtle and JSON-LD generated from it, which are committed beside it
 * so that readers of the repository see the Linked Data without building anything.
 */
final class SeedFiles {

    static final Path FOLDER = Path.of("seed");
    static final String NAME = "round-table-2017";
    static final Path YAML = FOLDER.resolve(NAME + ".yaml");
    /** The canonical base of committed data: IRIs that do not depend on where a server runs. */
    static final String BASE = "https://w3id.org/ogp-ld/";

    private SeedFiles() {
    }

    static Publisher publisher() {
        return Publisher.builder().base(BASE).build();
    }

    static Authored authored() {
        try {
            return publisher().read(YAML);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path committed(RdfFormat format) {
        return FOLDER.resolve(NAME + "." + format.extension());
    }

    static byte[] generate(RdfFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        publisher().write(authored(), format, out);
        return out.toByteArray();
    }

    static InputStream open(RdfFormat format) throws IOException {
        return Files.newInputStream(committed(format));
    }
}
