package org.ogpld.model.imports.ogp;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ogpld.model.Answer;
import org.ogpld.model.MissingValue;

/**
 * The columns researchers use beyond the IRM indicators, read when the sheet has them: OGP's row {@code id}, the
 * website update date, the IRM-based score and binding constraint, and the dashboard flags. A cell coded 0 is a
 * statement (false, not updated, no star), never an absence.
 */
final class ResearchColumns {

    private static final Pattern ROW_ID = Pattern.compile("\\d+");
    private static final Pattern SCORE = Pattern.compile("-?\\d");
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    /**
     * The values of one row.
     *
     * @param rowId                    {@code id}: the row's number in OGP's database export
     * @param updatedOnWebsite         {@code Updated? (Website)}: false for 0, true for a date, or a missing-value
     *                                 code
     * @param updatedOn                {@code Updated? (Website)}: the date of the update
     * @param irmBasedScore            {@code IRM-Based Score}, -1 to 4
     * @param bindingConstraint        {@code Binding constraint}, as written (PotImp, Cmpl, Spec, STAR, FALSE…)
     * @param highAmbition             {@code High Ambition}
     * @param highCompletion           {@code High Completion}
     * @param highDiog                 {@code High DIOG}
     * @param mostRecentlyAssessed     {@code Most Recently Assessed}
     * @param starMostRecentlyAssessed {@code Star - Most Recently Assessed}
     * @param maxStar                  {@code Max star}
     */
    record Cells(Optional<String> rowId, Optional<Answer> updatedOnWebsite, Optional<LocalDate> updatedOn,
                 Optional<Integer> irmBasedScore, Optional<String> bindingConstraint, Optional<Answer> highAmbition,
                 Optional<Answer> highCompletion, Optional<Answer> highDiog, Optional<Answer> mostRecentlyAssessed,
                 Optional<Answer> starMostRecentlyAssessed, Optional<Answer> maxStar) {

        static final Cells NONE = new Cells(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    private ResearchColumns() {
    }

    static Cells read(Row row) {
        Optional<String> updated = row.optionalCell(Columns.UPDATED);
        Optional<MissingValue> missing = updated.flatMap(MissingValue::ofNotation);
        Optional<LocalDate> updatedOn = updated.filter(v -> !v.equals("0") && missing.isEmpty())
                .flatMap(v -> usDate(row, v));
        Optional<Answer> answer = missing.map(Answer::missing)
                .or(() -> updated.filter("0"::equals).map(v -> Answer.of(false)))
                .or(() -> updatedOn.map(d -> Answer.of(true)));
        return new Cells(rowId(row), answer, updatedOn, score(row),
                row.optionalCell(Columns.BINDING_CONSTRAINT), flag(row, Columns.HIGH_AMBITION),
                flag(row, Columns.HIGH_COMPLETION), flag(row, Columns.HIGH_DIOG),
                flag(row, Columns.MOST_RECENTLY_ASSESSED), flag(row, Columns.STAR_MOST_RECENTLY_ASSESSED),
                flag(row, Columns.MAX_STAR));
    }

    private static Optional<String> rowId(Row row) {
        Optional<String> id = row.optionalCell(Columns.ROW_ID);
        id.filter(v -> !ROW_ID.matcher(v).matches())
                .ifPresent(v -> row.problem(Columns.ROW_ID, v, "expected the row number of OGP's export"));
        return id.filter(v -> ROW_ID.matcher(v).matches());
    }

    private static Optional<Integer> score(Row row) {
        Optional<String> score = row.optionalCell(Columns.IRM_BASED_SCORE);
        score.filter(v -> !SCORE.matcher(v).matches() && MissingValue.ofNotation(v).isEmpty())
                .ifPresent(v -> row.problem(Columns.IRM_BASED_SCORE, v, "expected a whole number from -1 to 4"));
        return score.filter(v -> SCORE.matcher(v).matches()).map(Integer::parseInt);
    }

    private static Optional<Answer> flag(Row row, String column) {
        return row.optionalCell(column).map(v -> row.answer(column, false));
    }

    /** The website's update dates are written month first ({@code 7/19/2019}). */
    private static Optional<LocalDate> usDate(Row row, String text) {
        try {
            return Optional.of(LocalDate.parse(text, US_DATE));
        } catch (DateTimeParseException e) {
            row.warning(Columns.UPDATED, text, "not a date (month/day/year): the update date is left out");
            return Optional.empty();
        }
    }
}
