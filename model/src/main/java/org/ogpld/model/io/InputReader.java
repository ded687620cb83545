package org.ogpld.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Supplier;
import org.ogpld.model.authoring.Syntax;
import org.ogpld.model.imports.ogp.OgpCommitmentsImporter;
import org.ogpld.model.imports.popolo.PopoloImporter;
import org.ogpld.model.publish.Publisher;

/**
 * Reads any source into an {@link Input}: authoring YAML/JSON, the OGP commitments sheet (CSV), Popolo JSON, or
 * RDF in any syntax, each possibly gzipped; the kind is told by the name ({@link InputKind}). The one way in for the
 * command line and the server.
 *
 * <pre>{@code
 * Publisher publisher = Publisher.builder().base("https://data.example.org/").build();
 * Input input = new InputReader(publisher).read(InputSource.of(Path.of("ep-popolo-v1.0.json")));
 * DatasetGraph dataset = input.toDataset(publisher, Optional.empty());   // validated, in its graph
 * }</pre>
 *
 * <p>Imports are strict (a file with any bad record imports nothing) unless {@link #lenient(boolean)}.
 */
public final class InputReader {

    private final Supplier<Publisher> publisher;
    private final boolean lenient;
    private final String language;

    /** A strict reader; Popolo names that nothing else places are taken as English. */
    public InputReader(Publisher publisher) {
        this(() -> publisher);
        Objects.requireNonNull(publisher, "publisher");
    }

    /**
     * As {@link #InputReader(Publisher)}, asking {@code publisher} for the publisher only when a publication is read
     * (making one reads the code lists and shapes, which reading RDF need not pay for).
     */
    public InputReader(Supplier<Publisher> publisher) {
        this(publisher, false, "en");
    }

    private InputReader(Supplier<Publisher> publisher, boolean lenient, String language) {
        this.publisher = Objects.requireNonNull(publisher, "publisher");
        this.lenient = lenient;
        this.language = language;
    }

    /** This reader, importing the good records and reporting the others when {@code value}. */
    public InputReader lenient(boolean value) {
        return new InputReader(publisher, value, language);
    }

    /** This reader, with Popolo names that nothing else places taken in {@code tag} ({@code az} or {@code en}). */
    public InputReader language(String tag) {
        PopoloImporter.builder().language(tag); // refuses a tag the importer would refuse, now rather than later
        return new InputReader(publisher, lenient, tag);
    }

    /**
     * Reads {@code source}: a publication is read and imported now, RDF when it is used.
     *
     * @throws IllegalArgumentException if the name is of no known kind
     * @throws org.ogpld.model.InvalidPublicationException if an authoring file is not well formed
     * @throws org.ogpld.model.imports.ImportException if an import has problems
     */
    public Input read(InputSource source) throws IOException {
        return read(source, InputKind.of(source));
    }

    /** Reads {@code source} as {@code kind}, whatever its name says ({@code ogpld import popolo FILE}). */
    public Input read(InputSource source, InputKind kind) throws IOException {
        return switch (kind) {
            case AUTHORING -> Input.Records.authored(source, publisher.get().read(text(source), source.location(),
                    Syntax.ofFileName(source.contentName())));
            case SHEET -> Input.Records.imported(source, imported(source, in -> (lenient ? OgpCommitmentsImporter.lenient()
                    : OgpCommitmentsImporter.strict()).read(in, source.location())));
            case POPOLO -> Input.Records.imported(source, imported(source, in -> PopoloImporter.builder().lenient(lenient)
                    .language(language).build().read(in, source.location())));
            case RDF -> new Input.Rdf(source, InputKind.rdfLang(source).orElseThrow(() -> new IllegalArgumentException(
                    source + ": not a name of an RDF syntax")));
        };
    }

    /** An importer reading a stream. */
    @FunctionalInterface
    private interface Importer {
        org.ogpld.model.imports.Imported read(InputStream in) throws IOException;
    }

    private static org.ogpld.model.imports.Imported imported(InputSource source, Importer importer)
            throws IOException {
        try (InputStream in = source.open()) {
            return importer.read(in);
        }
    }

    /** The content as UTF-8 text; bytes that are not UTF-8 are an error, never replaced. */
    private static String text(InputSource source) throws IOException {
        try (InputStream in = source.open()) {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(in.readAllBytes()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IOException(source + ": not UTF-8 text: " + e.getMessage(), e);
        }
    }
}
