package org.ogpld.endpoint.store;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * The IRI base a store's data was minted under, recorded in {@value #FILE} in the store folder (a properties file
 * with one key, {@code base}), beside TDB2's own files and outside the data, so that no query, dump or harvest sees
 * it. A store is served under the base it records; opening it under another is refused, since every
 * {@code /id/...} lookup, page link and harvest item would silently miss the data.
 *
 * <p>A store from before the record is adopted when its data agrees: it is recorded under the configured base
 * unless one of its graphs is named like ours ({@code {base}graph/{slug}}) under a different base.
 */
public final class StoreBase {

    /** The file in the store folder that records the base. */
    public static final String FILE = "ogpld-store.properties";

    private static final String KEY = "base";
    private static final Pattern OUR_GRAPH = Pattern.compile("^(https?://.+/)graph/[^/]+$");

    private StoreBase() {}

    /**
     * Checks that the store in {@code folder} holds data under {@code base}, and records the base when the store
     * has none recorded yet.
     *
     * @throws StoreBaseException when the store records, or its graphs show, another base
     */
    public static void check(Path folder, DatasetGraph dataset, String base) {
        Path file = folder.resolve(FILE);
        Optional<String> recorded = read(file);
        if (recorded.isPresent()) {
            if (!recorded.get().equals(base)) {
                throw new StoreBaseException(folder, recorded.get(), base, file + " records it");
            }
            return;
        }
        Optional<String> other = Txn.calculateRead(dataset, () -> otherBase(dataset, base));
        if (other.isPresent()) {
            throw new StoreBaseException(folder, other.get(), base, "its graphs are named under it");
        }
        write(file, base);
    }

    /** The base a store folder records, if any. */
    public static Optional<String> recordedIn(Path folder) {
        return read(folder.resolve(FILE));
    }

    /**
     * For loads that do not open the store as the server does (the command line's bulk load): refuses a folder
     * that records another base, and records {@code base} in one that records none when {@code record} is set.
     */
    public static void require(Path folder, String base, boolean record) {
        Path file = folder.resolve(FILE);
        Optional<String> recorded = read(file);
        if (recorded.isPresent() && !recorded.get().equals(base)) {
            throw new StoreBaseException(folder, recorded.get(), base, file + " records it");
        }
        if (recorded.isEmpty() && record) {
            write(file, base);
        }
    }

    /** Another base our graph names show, unless some graph is named under {@code base}. */
    private static Optional<String> otherBase(DatasetGraph dataset, String base) {
        String other = null;
        for (Iterator<Node> graphs = dataset.listGraphNodes(); graphs.hasNext(); ) {
            Node graph = graphs.next();
            if (!graph.isURI()) {
                continue;
            }
            if (graph.getURI().startsWith(base)) {
                return Optional.empty();
            }
            Matcher ours = OUR_GRAPH.matcher(graph.getURI());
            if (other == null && ours.matches()) {
                other = ours.group(1);
            }
        }
        return Optional.ofNullable(other);
    }

    private static Optional<String> read(Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException ex) {
            throw new UncheckedIOException("Cannot read " + file, ex);
        }
        String base = properties.getProperty(KEY);
        if (base == null || base.isBlank()) {
            throw new IllegalStateException(file + " has no '" + KEY + "' entry; write base=<IRI> or remove the file");
        }
        return Optional.of(base.strip());
    }

    private static void write(Path file, String base) {
        Properties properties = new Properties();
        properties.setProperty(KEY, base);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            properties.store(out, "OGP-LD: the IRI base this store's data is minted under (ogpld.base)");
        } catch (IOException ex) {
            throw new UncheckedIOException("Cannot write " + file, ex);
        }
    }
}
