package org.ogpld.endpoint.store;

import java.nio.file.Path;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Reads one kind of file into the store. The initial load asks each loader bean, in {@code @Order}, whether it
 * supports a file and gives the file to the first that does; all files of one load share one write transaction.
 *
 * <pre>{@code
 * @Component @Order(0)
 * class PublicationLoader implements DatasetLoader {
 *     public boolean supports(Path file) { return file.toString().endsWith(".yaml"); }
 *     public void load(Path file, DatasetGraph target) { ... add the publication's quads to target ... }
 * }
 * }</pre>
 */
public interface DatasetLoader {

    /** Whether this loader reads {@code file}. */
    boolean supports(Path file);

    /**
     * Adds the content of {@code file} to {@code target}, inside the caller's write transaction.
     *
     * @throws StoreLoadException naming the file and, where known, the line and column of bad input
     */
    void load(Path file, DatasetGraph target);
}
