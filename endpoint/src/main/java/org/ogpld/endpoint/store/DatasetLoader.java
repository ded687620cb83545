package org.ogpld.endpoint.store;

import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Reads one kind of file into the store. The initial load asks each loader bean, in {@code @Order}, whether it
 * supports a file and gives the file to the first that does; all files of one load share one write transaction.
 */
public interface DatasetLoader {

    /** Whether this loader reads {@code source}, judged by its file name. */
    boolean supports(LoadSource source);

    /**
     * Adds the content of {@code source} to {@code target}, inside the caller's write transaction.
     *
     * @throws StoreLoadException naming the file and, where known, the line and column of bad input
     */
    void load(LoadSource source, DatasetGraph target);
}
