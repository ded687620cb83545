package org.ogpld.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Committed data names things by the canonical base, {@code https://w3id.org/ogp-ld/}, never by where some server
 * happened to run: no RDF file of the repository mentions {@code localhost}.
 */
class CommittedRdfTest {

    private static final Path ROOT = Path.of("..");
    private static final Set<String> RDF = Set.of("ttl", "trig", "nt", "nq", "jsonld", "rdf", "owl", "n3");
    private static final Set<String> SKIPPED = Set.of("target", "node_modules", ".git");

    @Test
    void noCommittedRdfFileMentionsLocalhost() throws IOException {
        List<Path> files = rdfFiles();
        assertThat(files).as("the seed and the vocabulary's samples at least").hasSizeGreaterThan(5)
                .contains(ROOT.resolve("examples/seed/round-table-2017.ttl").normalize());

        assertThat(files).filteredOn(CommittedRdfTest::mentionsLocalhost).isEmpty();
    }

    private static List<Path> rdfFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(ROOT.normalize())) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> RDF.contains(extension(p)))
                    .filter(p -> Stream.iterate(p.getParent(), d -> d != null, Path::getParent)
                            .noneMatch(d -> d.getFileName() != null && SKIPPED.contains(d.getFileName().toString())))
                    .map(Path::normalize).toList();
        }
    }

    private static boolean mentionsLocalhost(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT).contains("localhost");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
