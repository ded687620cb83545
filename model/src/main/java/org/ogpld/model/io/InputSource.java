package org.ogpld.model.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import org.ogpld.model.Slugs;

/**
 * Something to read, opened by name or as a stream: a file, a resource in a jar, an upload. Its file name says what
 * it holds ({@link InputKind}) and whether it is gzipped ({@code data.nq.gz}); {@link #open()} gives the content,
 * decompressed.
 *
 * <pre>{@code
 * InputSource file = InputSource.of(Path.of("dump.nq.gz"));
 * InputSource jar = new InputSource("classpath:seed/round-table.yaml", "round-table.yaml", url, resource::getInputStream);
 * }</pre>
 *
 * @param location where it is, as problems name it ({@code data/dump.nq.gz}, {@code classpath:seed/x.yaml})
 * @param fileName its file name, which says its format ({@code dump.nq.gz})
 * @param base     the IRI relative IRIs in RDF resolve against: where it is, as a URI ({@code file:///data/x.ttl})
 * @param opener   opens the raw bytes, each time anew
 */
public record InputSource(String location, String fileName, String base, Opener opener) {

    /** Opens the raw bytes of a source. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    private static final String GZIP = ".gz";

    public InputSource {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(opener, "opener");
    }

    /** A file, named in problems by its path as given. */
    public static InputSource of(Path file) {
        Path name = file.getFileName();
        return new InputSource(file.toString(), name == null ? file.toString() : name.toString(),
                file.toAbsolutePath().toUri().toString(), () -> Files.newInputStream(file));
    }

    /** Whether the bytes are gzipped, told by the name ({@code .gz}). */
    public boolean gzipped() {
        return fileName.toLowerCase(Locale.ROOT).endsWith(GZIP);
    }

    /** The file name of the content: without {@code .gz}. */
    public String contentName() {
        return gzipped() ? fileName.substring(0, fileName.length() - GZIP.length()) : fileName;
    }

    /** The content, decompressed if gzipped. */
    public InputStream open() throws IOException {
        InputStream raw = opener.open();
        try {
            return gzipped() ? new GZIPInputStream(new BufferedInputStream(raw)) : raw;
        } catch (IOException e) {
            raw.close();
            throw new IOException(location + ": not gzip data: " + e.getMessage(), e);
        }
    }

    /** The slug of the file name, the one a file without a name of its own gives its graph. */
    public String slug() {
        return Slugs.ofFileName(fileName);
    }

    @Override
    public String toString() {
        return location;
    }
}
