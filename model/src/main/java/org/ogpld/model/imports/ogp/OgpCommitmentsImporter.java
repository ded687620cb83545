package org.ogpld.model.imports.ogp;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.ogpld.model.Slugs;
import org.ogpld.model.imports.ImportException;
import org.ogpld.model.imports.ImportProblem;
import org.ogpld.model.imports.Imported;
import org.ogpld.model.imports.Problems;
import org.ogpld.model.imports.SourceDigest;

/**
 * Imports the OGP commitments spreadsheet (CSV, UTF-8) into one publication whose graph is named after the sheet:
 * its file name and the digest of its content ({@code open-parliament-0703-1a2b3c4d}), since the sheet names no
 * export date of its own and two different exports may share a file name.
 * OGP members, their action plans, institutions, commitments with policy areas, OGP values and IRM assessments.
 * The file is streamed record by record with Jackson's CSV parser; see {@code model/IMPORTS.md} for the column
 * mapping and the columns deliberately skipped.
 *
 * <pre>{@code
 * Imported imported = OgpCommitmentsImporter.strict().read(Path.of("open_parliament_0703.csv"));
 * }</pre>
 *
 * <p>Strict (the default): an unknown or misspelt column, a record with the wrong number of fields or an unknown
 * code value throws an {@link ImportException} listing every problem, and nothing is imported. Lenient: the good
 * records are imported and the problems of the others returned in {@link Imported#rejected()}; problems with the
 * file as a whole (missing or repeated columns, broken CSV) still throw.
 */
public final class OgpCommitmentsImporter {

    private final boolean lenient;

    private OgpCommitmentsImporter(boolean lenient) {
        this.lenient = lenient;
    }

    /** An importer that imports nothing from a file with any problem. */
    public static OgpCommitmentsImporter strict() {
        return new OgpCommitmentsImporter(false);
    }

    /** An importer that imports the good records and reports the others. */
    public static OgpCommitmentsImporter lenient() {
        return new OgpCommitmentsImporter(true);
    }

    /**
     * Imports {@code file}; the publication is named by the slug of the file name and its content's digest.
     *
     * @throws ImportException if the file has problems (any, unless lenient)
     * @throws IOException     if the file cannot be read
     */
    public Imported read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    /** Imports the UTF-8 CSV bytes {@code in}, as {@link #read(Reader, String)}; bytes that are not UTF-8 are a problem. */
    public Imported read(InputStream in, String location) throws IOException {
        return read(new java.io.InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), location);
    }

    /**
     * Imports the CSV text {@code in}; problems name {@code location} (a path, or a name), the publication is named
     * after its file name (the last segment of {@code location}).
     */
    public Imported read(Reader in, String location) throws IOException {
        String fileName = location.substring(location.lastIndexOf('/') + 1);
        Problems fatal = new Problems(location);
        Problems rejected = lenient ? new Problems(location) : fatal;
        PublicationAssembler assembler = new PublicationAssembler(fileName, location);
        SourceDigest digest = new SourceDigest();
        try (CsvRecords records = new CsvRecords(digest.reader(in))) {
            Optional<CsvRecords.Raw> first = records.next();
            if (first.isEmpty()) {
                fatal.add(1, "header", null, null, "the file is empty; expected the spreadsheet's header");
                fatal.throwIfAny();
            }
            Header header = Header.check(first.orElseThrow(), CodeLists.get(), fatal, rejected);
            fatal.throwIfAny();
            readRecords(records, header, assembler, rejected);
        } catch (CharacterCodingException e) {
            fatal.add(0, "file", null, null, "not UTF-8 text: " + e.getMessage());
        } catch (JsonProcessingException e) {
            fatal.add(e.getLocation() == null ? 0 : e.getLocation().getLineNr(), "file", null, null,
                    "broken CSV: " + e.getOriginalMessage());
        }
        fatal.throwIfAny();
        OgpSupplement.Result result = assembler.build(Slugs.scoped(Slugs.ofFileName(fileName), digest.shortHex()));
        List<ImportProblem> skipped = lenient ? rejected.list() : List.of();
        List<ImportProblem> warnings = new java.util.ArrayList<>(fatal.warnings());
        if (rejected != fatal) {
            warnings.addAll(rejected.warnings());
        }
        return new Imported(result.publication(), result.supplement(), skipped, warnings, result.origins());
    }

    private static void readRecords(CsvRecords records, Header header, PublicationAssembler assembler,
                                    Problems problems) throws IOException {
        RowReader reader = new RowReader();
        for (Optional<CsvRecords.Raw> raw = records.next(); raw.isPresent(); raw = records.next()) {
            CsvRecords.Raw record = raw.get();
            if (record.fields().size() == 1 && record.fields().get(0).isBlank()) {
                continue;
            }
            if (record.fields().size() != header.size()) {
                problems.add(record.line(), "record " + record.number(), null, null, "has "
                        + record.fields().size() + " fields; the header has " + header.size());
                continue;
            }
            reader.read(new Row(record, header, problems)).ifPresent(row -> assembler.add(row, problems));
        }
    }
}
