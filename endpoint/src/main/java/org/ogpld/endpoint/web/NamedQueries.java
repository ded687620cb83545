package org.ogpld.endpoint.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * SPARQL queries kept as {@code .rq} files on the classpath, each named by its first comment line: the example
 * queries of the examples module (copied into the jar by the build) and the queries behind the home page's charts.
 */
final class NamedQueries {

    /**
     * One query.
     *
     * @param id the file name without {@code .rq}
     * @param title the text of its first comment line
     * @param query the query text
     */
    record NamedQuery(String id, String title, String query) {}

    private NamedQueries() {}

    /** The queries in a classpath folder, in file name order. */
    static List<NamedQuery> load(String folder) {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:" + folder + "/*.rq");
            List<NamedQuery> queries = new ArrayList<>();
            for (Resource file : Arrays.stream(files).sorted(Comparator.comparing(Resource::getFilename)).toList()) {
                queries.add(read(file));
            }
            return List.copyOf(queries);
        } catch (IOException ex) {
            throw new UncheckedIOException("Cannot list queries in classpath folder " + folder, ex);
        }
    }

    private static NamedQuery read(Resource file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String name = file.getFilename();
            String id = name.substring(0, name.length() - ".rq".length());
            String first = text.lines().findFirst().orElse("").trim();
            String title = first.startsWith("#") ? first.substring(1).trim() : id;
            return new NamedQuery(id, title, text);
        }
    }
}
