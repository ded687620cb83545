package org.ogpld.endpoint.changes;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where a {@link FeedFollower} stands, kept in a file so that a restarted follower goes on from there. Saved after
 * the members it covers were committed, it may lag behind the store but never run ahead of it; a follower that
 * resumes from a lagging position applies some members again, each replacing a description with the same one, in
 * the same order, so the store ends the same.
 *
 * @param stream the stream followed
 * @param page the page to ask for next
 * @param applied the latest member time applied
 * @param appliedAt the versions applied at that time (an entry's members may span two pages)
 */
public record FollowPosition(URI stream, URI page, Instant applied, Set<String> appliedAt) {

    private static final String STREAM = "stream";
    private static final String PAGE = "page";
    private static final String APPLIED = "applied";
    private static final String APPLIED_AT = "applied-at";

    public FollowPosition {
        appliedAt = Set.copyOf(appliedAt);
    }

    /** Writes the position to {@code file}, replacing it whole (a crash leaves the old one or the new one). */
    public void save(Path file) throws IOException {
        Properties properties = new Properties();
        properties.setProperty(STREAM, stream.toString());
        properties.setProperty(PAGE, page.toString());
        properties.setProperty(APPLIED, applied.toString());
        properties.setProperty(APPLIED_AT, String.join(" ", new TreeSet<>(appliedAt)));
        Path next = file.resolveSibling(file.getFileName() + ".next");
        try (Writer out = Files.newBufferedWriter(next, StandardCharsets.UTF_8)) {
            properties.store(out, "Where ogpld follow stands in " + stream);
        }
        Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The position saved in {@code file}, or empty when there is none. */
    public static Optional<FollowPosition> load(Path file) throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        try {
            String at = properties.getProperty(APPLIED_AT, "");
            return Optional.of(new FollowPosition(URI.create(required(properties, STREAM, file)),
                    URI.create(required(properties, PAGE, file)), Instant.parse(required(properties, APPLIED, file)),
                    at.isBlank() ? Set.of() : Set.copyOf(Arrays.asList(at.split(" ")))));
        } catch (RuntimeException ex) {
            throw new IOException(file + ": not a follower position (" + ex.getMessage() + ")", ex);
        }
    }

    private static String required(Properties properties, String key, Path file) throws IOException {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IOException(file + ": no " + key);
        }
        return value;
    }
}
