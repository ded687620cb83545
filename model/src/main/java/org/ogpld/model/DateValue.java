package org.ogpld.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A date as a source gives it: a value of known precision (a day {@link LocalDate}, a month {@link YearMonth}, a
 * year {@link Year}, or an instant with its offset {@link OffsetDateTime}), the text as written in the source, or
 * both. Sources write dates freely ("7/30/2022", "September 2015", "ND"); the text is kept beside the parsed value
 * so nothing is lost, and a text alone records a date that could not be parsed.
 *
 * @param value     the parsed value: one of LocalDate, YearMonth, Year, OffsetDateTime
 * @param asWritten the text as the source wrote it
 */
public record DateValue(Optional<Temporal> value, Optional<String> asWritten) implements ClaimValue {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    public DateValue {
        value = Checks.optional(value);
        asWritten = Checks.nonBlank(asWritten, "date as written");
        value.ifPresent(DateValue::checkType);
        if (value.isEmpty() && asWritten.isEmpty()) {
            throw new IllegalArgumentException("a date needs a value or the text as written");
        }
    }

    /** A parsed date without source text. */
    public static DateValue of(Temporal value) {
        return new DateValue(Optional.of(Checks.required(value, "date")), Optional.empty());
    }

    /** A date as written with the value parsed from it. */
    public static DateValue of(Temporal value, String asWritten) {
        return new DateValue(Optional.of(Checks.required(value, "date")), Optional.of(asWritten));
    }

    /** A date that is only known as written (unparseable text, or a missing-value code such as {@code ND}). */
    public static DateValue asWritten(String asWritten) {
        return new DateValue(Optional.empty(), Optional.of(asWritten));
    }

    /**
     * Parses ISO 8601 text: {@code 2017}, {@code 2017-07}, {@code 2017-07-13}, or a date-time with an offset such
     * as {@code 2017-07-13T10:00:00+04:00}.
     *
     * @throws IllegalArgumentException saying which forms are accepted
     */
    public static DateValue parseIso(String text) {
        Checks.required(text, "date");
        try {
            if (YEAR.matcher(text).matches()) {
                return of(Year.parse(text));
            }
            if (YEAR_MONTH.matcher(text).matches()) {
                return of(YearMonth.parse(text));
            }
            if (DATE.matcher(text).matches()) {
                return of(LocalDate.parse(text));
            }
            if (text.contains("T")) {
                return of(OffsetDateTime.parse(text));
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a valid date: " + e.getMessage(), e);
        }
        throw new IllegalArgumentException("'" + text + "' is not an ISO date: write YYYY, YYYY-MM, YYYY-MM-DD"
                + " or YYYY-MM-DDThh:mm:ss with a time zone offset such as +04:00");
    }

    /** The missing-value code written in place of a date, if that is what the source wrote. */
    public Optional<MissingValue> missing() {
        return value.isPresent() ? Optional.empty() : asWritten.flatMap(MissingValue::ofNotation);
    }

    /** The value in ISO 8601 (and XML Schema) lexical form. */
    public Optional<String> iso() {
        return value.map(DateValue::format);
    }

    private static String format(Temporal t) {
        if (t instanceof OffsetDateTime dt) {
            return java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(dt);
        }
        return t.toString();
    }

    private static void checkType(Temporal t) {
        if (!(t instanceof LocalDate || t instanceof YearMonth || t instanceof Year || t instanceof OffsetDateTime)) {
            throw new IllegalArgumentException("date must be a LocalDate, YearMonth, Year or OffsetDateTime, not "
                    + t.getClass().getSimpleName());
        }
    }
}
