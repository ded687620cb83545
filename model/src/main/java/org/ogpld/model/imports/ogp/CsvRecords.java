package org.ogpld.model.imports.ogp;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Streams the records of a CSV file with Jackson's CSV parser, one record at a time, each with its number and the
 * line where it starts (quoted fields may span lines, so the two differ). Record 0 is the header.
 */
final class CsvRecords implements Closeable {

    /** One record: its number (0 for the header), its first line, and its fields as written. */
    record Raw(long number, long line, List<String> fields) {
    }

    private final CsvParser parser;
    private long number = -1;

    CsvRecords(Reader in) {
        try {
            CsvFactory factory = CsvFactory.builder().build();
            this.parser = factory.createParser(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The next record (without a schema, Jackson exposes each record as an array of strings), or empty at the end of the file.
     *
     * @throws IOException when the CSV syntax is broken (e.g. an unclosed quote), with Jackson's location
     */
    Optional<Raw> next() throws IOException {
        JsonToken token = parser.nextToken();
        if (token == null) {
            return Optional.empty();
        }
        if (token != JsonToken.START_ARRAY) {
            throw new IOException("unexpected " + token + " at " + parser.currentTokenLocation());
        }
        return Optional.of(readRecord());
    }

    /** Reads the fields up to the end of the record; the first field's location is where the record starts. */
    private Raw readRecord() throws IOException {
        List<String> fields = new ArrayList<>();
        long line = 0;
        for (JsonToken t = parser.nextToken(); t != null && t != JsonToken.END_ARRAY; t = parser.nextToken()) {
            if (fields.isEmpty()) {
                line = parser.currentTokenLocation().getLineNr();
            }
            fields.add(parser.getText());
        }
        number++;
        return new Raw(number, line, List.copyOf(fields));
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
