package org.ogpld.endpoint.store;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import org.ogpld.model.io.InputSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

/**
 * One entry of {@code ogpld.load}: a file path, {@code file:path} or {@code classpath:path} (data packaged in the
 * jar, such as the examples). Prefixed with {@code optional:}, a missing file is skipped instead of stopping the load.
 * Prefixed with an IRI in angle brackets, {@code <https://example.org/graph/x>data.ttl}, the file goes to that graph
 * instead of the one named by its source ({@code ogpld serve --load FILE --graph IRI}).
 *
 * @param location the entry as written, used to name the file in messages
 * @param resource where the bytes are
 * @param optional whether a missing file is skipped
 * @param graph    the graph the entry names, if it names one
 */
public record LoadSource(String location, Resource resource, boolean optional, Optional<String> graph) {

    private static final String OPTIONAL = "optional:";
    private static final String CLASSPATH = "classpath:";
    private static final String FILE = "file:";

    public LoadSource {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(graph, "graph");
    }

    /** Parses an {@code ogpld.load} entry. */
    public static LoadSource of(String entry) {
        String location = entry.strip();
        Optional<String> graph = Optional.empty();
        if (location.startsWith("<") && location.indexOf('>') > 1) {
            graph = Optional.of(location.substring(1, location.indexOf('>')));
            location = location.substring(location.indexOf('>') + 1).strip();
        }
        boolean optional = location.startsWith(OPTIONAL);
        if (optional) {
            location = location.substring(OPTIONAL.length());
        }
        Resource resource;
        if (location.startsWith(CLASSPATH)) {
            resource = new ClassPathResource(location.substring(CLASSPATH.length()));
        } else {
            resource = new FileSystemResource(location.startsWith(FILE) ? location.substring(FILE.length()) : location);
        }
        return new LoadSource(location, resource, optional, graph);
    }

    /** The file name, which says the format: {@code round-table-2017.yaml}, {@code data.nq.gz}. */
    public String fileName() {
        String name = resource.getFilename();
        return name == null ? location : name;
    }

    /** The entry as the model's input pipeline reads it. */
    public InputSource input() {
        String base;
        try {
            base = resource.getURI().toString();
        } catch (IOException e) {
            base = location;
        }
        return new InputSource(location, fileName(), base, resource::getInputStream);
    }

    @Override
    public String toString() {
        return location;
    }
}
