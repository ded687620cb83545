package org.ogpld.model.imports.ogp;

import java.time.Year;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.ogpld.model.Answer;
import org.ogpld.model.Code;
import org.ogpld.model.DateValue;
import org.ogpld.model.MissingValue;
import org.ogpld.model.imports.Problems;

/**
 * One record of the spreadsheet, read column by column. Every reader checks the cell and reports what is wrong
 * with file, line, record number, column and value; {@link #hasProblems()} then tells whether to keep the row.
 */
final class Row {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern WHOLE = Pattern.compile("\\d{1,3}");

    private final CsvRecords.Raw raw;
    private final Header header;
    private final Problems problems;
    private final int problemsBefore;

    Row(CsvRecords.Raw raw, Header header, Problems problems) {
        this.raw = raw;
        this.header = header;
        this.problems = problems;
        this.problemsBefore = problems.count();
    }

    long number() {
        return raw.number();
    }

    long line() {
        return raw.line();
    }

    /** Whether any reader (or the caller) reported a problem with this row. */
    boolean hasProblems() {
        return problems.count() > problemsBefore;
    }

    /** Reports a problem with {@code column} (may be null) and {@code value} (may be null). */
    void problem(String column, String value, String message) {
        problems.add(raw.line(), "record " + raw.number(), column, value, message);
    }

    /** Reports a warning: the value is kept as written or left out, and nothing wrong is published. */
    void warning(String column, String value, String message) {
        problems.warn(raw.line(), "record " + raw.number(), column, value, message);
    }

    /** An optional column's cell, stripped; empty when the sheet lacks the column or the cell is blank. */
    Optional<String> optionalCell(String column) {
        return header.has(column) ? Optional.of(cell(column).strip()).filter(v -> !v.isEmpty()) : Optional.empty();
    }

    /** The cell as written (never null). */
    String cell(String column) {
        return raw.fields().get(header.position(column));
    }

    /** The cell with surrounding blanks removed; reports a blank cell. */
    String required(String column) {
        String value = cell(column).strip();
        if (value.isEmpty()) {
            problem(column, null, "a value is required");
        }
        return value;
    }

    /** The cell stripped, or empty when blank or {@code NA} (the sheet's way of leaving a text out). */
    Optional<String> optionalText(String column) {
        String value = cell(column).strip();
        return value.isEmpty() || value.equals(MissingValue.NA.name()) ? Optional.empty() : Optional.of(value);
    }

    /** A whole number of at most three digits. */
    int whole(String column) {
        String value = required(column);
        if (!WHOLE.matcher(value).matches()) {
            problem(column, value, "expected a whole number");
            return 0;
        }
        return Integer.parseInt(value);
    }

    /** A four-digit year. */
    Year year(String column) {
        String value = required(column);
        if (!YEAR.matcher(value).matches()) {
            problem(column, value, "expected a year such as 2018");
            return Year.of(0);
        }
        return Year.parse(value);
    }

    /** A year, or a missing-value code kept as written. */
    DateValue yearOrMissing(String column) {
        String value = required(column);
        if (YEAR.matcher(value).matches()) {
            return DateValue.of(Year.parse(value), value);
        }
        if (MissingValue.ofNotation(value).isEmpty()) {
            problem(column, value, "expected a year such as 2018, or ND, NR or NA");
        }
        return DateValue.asWritten(value.isEmpty() ? "?" : value);
    }

    /** The concept whose notation the cell is, in {@code notations}; or a missing-value code. */
    Code code(String column, Map<String, Code> notations) {
        return code(column, notations, true);
    }

    /** The concept whose notation the cell is, in {@code notations}, or (if allowed) a missing-value code. */
    Code code(String column, Map<String, Code> notations, boolean missingAllowed) {
        String value = cell(column).strip();
        Code code = notations.get(value);
        if (code != null) {
            return code;
        }
        Optional<Code> missing = CodeLists.get().find(MissingValue.SCHEME, value).filter(m -> missingAllowed);
        if (missing.isEmpty()) {
            problem(column, value, "unknown value; expected one of " + new TreeSet<>(notations.keySet())
                    + (missingAllowed ? " or ND, NR, NA" : ""));
            return MissingValue.ND.code();
        }
        return missing.get();
    }

    /** A 0/1 cell (also Yes/No where {@code yesNo}), or a missing-value code. */
    Answer answer(String column, boolean yesNo) {
        String value = cell(column).strip();
        if (value.equals("1") || yesNo && value.equals("Yes")) {
            return Answer.of(true);
        }
        if (value.equals("0") || yesNo && value.equals("No")) {
            return Answer.of(false);
        }
        Optional<MissingValue> missing = MissingValue.ofNotation(value);
        if (missing.isEmpty()) {
            problem(column, value, "expected " + (yesNo ? "Yes, No, 1, 0" : "1 or 0") + ", or ND, NR or NA");
            return Answer.missing(MissingValue.ND);
        }
        return Answer.missing(missing.get());
    }
}
