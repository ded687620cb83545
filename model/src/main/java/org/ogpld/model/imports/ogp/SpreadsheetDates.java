package org.ogpld.model.imports.ogp;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ogpld.model.DateValue;

/**
 * Reads the dates of the OGP spreadsheet, which people typed freely: {@code 9/1/2018}, {@code 31/12/2014},
 * {@code 7/1/18}, {@code July 2014}, {@code 2011}, {@code I quarter of 2021}, Excel day numbers such as
 * {@code 43525}, and {@code NA}. The text is always kept as written; a value is parsed only where the text allows:
 * <ul>
 * <li>{@code M/D/YYYY} (the sheet's convention), or {@code D/M/YYYY} when the first number exceeds 12 or the row's
 *     other date is written day first; two-digit years are 20YY;</li>
 * <li>dates in 1900–1949 are Excel's rendering of a year typed into a date cell ({@code 7/15/1905} is day 2023):
 *     the year is recovered when it falls in 1990–2100, otherwise nothing is parsed;</li>
 * <li>five-digit numbers are Excel day numbers (day 1 is 1900-01-01);</li>
 * <li>{@code Month YYYY} gives a year and month; quarters and seasons of a year, and a bare year, give the year.</li>
 * </ul>
 */
final class SpreadsheetDates {

    private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})");
    private static final Pattern EXCEL_DAY = Pattern.compile("[1-9]\\d{4}");
    private static final Pattern MONTH_YEAR = Pattern.compile("([A-Za-z]+)\\s+(\\d{4})");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d{2}");
    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern PART_OF_YEAR = Pattern.compile(
            "(?i)(?:(?:I|II|III|IV)\\s+quarter\\s+of|quarter\\s+[1-4]|Q[1-4]|spring|summer|autumn|fall|winter)\\s+"
                    + "((?:19|20)\\d{2})");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final int FIRST_PLAUSIBLE_YEAR = 1990;
    private static final int LAST_PLAUSIBLE_YEAR = 2100;
    private static final int EXCEL_ARTEFACT_BEFORE = 1950;

    private SpreadsheetDates() {
    }

    /** Whether {@code text} is a slashed date that can only be day first (its first number exceeds 12). */
    static boolean dayFirst(String text) {
        Matcher m = SLASHED.matcher(text.strip());
        return m.matches() && Integer.parseInt(m.group(1)) > 12;
    }

    /**
     * The date written as {@code text}, with its parsed value where the text allows.
     *
     * @param dayFirst whether slashed dates of this row are written day first
     */
    static DateValue read(String text, boolean dayFirst) {
        String written = text.strip();
        return parse(written, dayFirst).map(value -> DateValue.of(value, written))
                .orElseGet(() -> DateValue.asWritten(written));
    }

    /** Whether {@code text} is written as an ISO date ({@code 2015-13-01}) but names no day of the calendar. */
    static boolean isIsoShapedButNoDate(String text) {
        return ISO.matcher(text.strip()).matches() && iso(text.strip()).isEmpty();
    }

    private static Optional<Temporal> iso(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<Temporal> parse(String text, boolean dayFirst) {
        if (ISO.matcher(text).matches()) {
            return iso(text);
        }
        Matcher m = SLASHED.matcher(text);
        if (m.matches()) {
            return slashed(m, dayFirst);
        }
        if (EXCEL_DAY.matcher(text).matches()) {
            return Optional.of(EXCEL_EPOCH.plusDays(Long.parseLong(text)));
        }
        if (YEAR.matcher(text).matches()) {
            return Optional.of(Year.parse(text));
        }
        Matcher monthYear = MONTH_YEAR.matcher(text);
        if (monthYear.matches() && month(monthYear.group(1)).isPresent()) {
            return Optional.of(YearMonth.of(Integer.parseInt(monthYear.group(2)), month(monthYear.group(1)).get()));
        }
        Matcher partOfYear = PART_OF_YEAR.matcher(text);
        return partOfYear.matches() ? Optional.of(Year.parse(partOfYear.group(1))) : Optional.empty();
    }

    private static Optional<Temporal> slashed(Matcher m, boolean rowDayFirst) {
        int first = Integer.parseInt(m.group(1));
        int second = Integer.parseInt(m.group(2));
        int year = Integer.parseInt(m.group(3)) + (m.group(3).length() == 2 ? 2000 : 0);
        boolean dayFirst = first > 12 || rowDayFirst && second <= 12;
        try {
            LocalDate date = dayFirst ? LocalDate.of(year, second, first) : LocalDate.of(year, first, second);
            return date.getYear() < EXCEL_ARTEFACT_BEFORE ? excelYear(date) : Optional.of(date);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** A year number typed into a date cell, which Excel shows as that many days after its epoch. */
    private static Optional<Temporal> excelYear(LocalDate shown) {
        long day = ChronoUnit.DAYS.between(EXCEL_EPOCH, shown);
        return day >= FIRST_PLAUSIBLE_YEAR && day <= LAST_PLAUSIBLE_YEAR
                ? Optional.of(Year.of((int) day)) : Optional.empty();
    }

    private static Optional<Month> month(String name) {
        for (Month month : Month.values()) {
            String full = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            if (full.equalsIgnoreCase(name) || full.substring(0, 3).equalsIgnoreCase(name)) {
                return Optional.of(month);
            }
        }
        return Optional.empty();
    }
}
