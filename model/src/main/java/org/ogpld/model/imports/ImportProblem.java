package org.ogpld.model.imports;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing wrong with the input of an import, located as precisely as the source allows.
 *
 * @param source  the file name
 * @param line    the line where the record starts (1 is the first line), or 0 where the format has no lines
 * @param record  which record: {@code "header"}, {@code "record 12"}, {@code "persons[3]"}
 * @param field   the column or field, when the problem is in one
 * @param value   the offending value as written, when there is one
 * @param message what is wrong, and what was expected
 * @param warning whether it is only a warning: the input was kept, repaired or ignored, nothing wrong is published
 */
public record ImportProblem(String source, long line, String record, Optional<String> field, Optional<String> value,
                            String message, boolean warning) {

    private static final int SHOWN_VALUE_LENGTH = 80;

    public ImportProblem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(record, "record");
        field = field == null ? Optional.empty() : field;
        value = value == null ? Optional.empty() : value;
        Objects.requireNonNull(message, "message");
    }

    /** A problem that left something out (not a warning). */
    public ImportProblem(String source, long line, String record, Optional<String> field, Optional<String> value,
                         String message) {
        this(source, line, record, field, value, message, false);
    }

    /** A problem in {@code field} (may be null) of a record, about {@code value} (may be null). */
    public static ImportProblem of(String source, long line, String record, String field, String value,
                                   String message) {
        return new ImportProblem(source, line, record, Optional.ofNullable(field), Optional.ofNullable(value), message);
    }

    /** {@code file.csv:42: record 12, in 'Specificity', value 'Hihg': unknown value …}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(source);
        if (line > 0) {
            text.append(':').append(line);
        }
        text.append(": ").append(record);
        field.ifPresent(f -> text.append(", in '").append(f).append('\''));
        value.ifPresent(v -> text.append(", value '").append(shown(v)).append('\''));
        return text.append(": ").append(message).toString();
    }

    private static String shown(String value) {
        String oneLine = value.replace("\r", "\\r").replace("\n", "\\n");
        return oneLine.length() <= SHOWN_VALUE_LENGTH ? oneLine : oneLine.substring(0, SHOWN_VALUE_LENGTH) + "…";
    }
}
