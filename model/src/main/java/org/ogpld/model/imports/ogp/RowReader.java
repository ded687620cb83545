package org.ogpld.model.imports.ogp;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.ogpld.model.Answer;
import org.ogpld.model.Code;
import org.ogpld.model.DateValue;
import org.ogpld.model.MissingFlag;
import org.ogpld.model.imports.ogp.SheetRow.Member;
import org.ogpld.model.imports.ogp.SheetRow.Plan;
import org.ogpld.vocab.OGPCode;

/** Reads one record of the spreadsheet into a {@link SheetRow}, reporting every cell that does not fit. */
final class RowReader {

    private static final Pattern COMMITMENT_ID = Pattern.compile("[A-Z]{2,3}[0-9]{4}");
    private static final Pattern PLAN_ID = Pattern.compile("AP_[A-Z]{3,4}[0-9]{2}");
    private static final Pattern MEMBER_CODE = Pattern.compile("[A-Z]{3,4}");

    private final CodeLists codes = CodeLists.get();

    /** The row's content, or empty if any cell has a problem (all of them reported). */
    Optional<SheetRow> read(Row row) {
        Member member = member(row);
        Plan plan = plan(row);
        SheetRow.Commitment commitment = commitment(row);
        return row.hasProblems() ? Optional.empty()
                : Optional.of(new SheetRow(row.number(), row.line(), member, plan, commitment));
    }

    private Member member(Row row) {
        String code = matching(row, Columns.MEMBER_CODE, MEMBER_CODE, "an OGP member code such as UKR or MXJL");
        return new Member(row.required(Columns.MEMBER), code,
                row.code(Columns.REGION, codes.notations(CodeLists.scheme(OGPCode.ogpRegion)), false),
                row.code(Columns.MEMBER_LEVEL, codes.notations(CodeLists.scheme(OGPCode.memberLevel)), false));
    }

    private Plan plan(Row row) {
        return new Plan(matching(row, Columns.PLAN_ID, PLAN_ID, "an action plan identifier such as AP_UKR02"),
                row.whole(Columns.PLAN_NUMBER), row.year(Columns.SUBMITTED), row.year(Columns.PLAN_END));
    }

    private SheetRow.Commitment commitment(Row row) {
        String identifier = matching(row, Columns.IDENTIFIER, COMMITMENT_ID, "a commitment identifier such as UA0042");
        boolean dayFirst = SpreadsheetDates.dayFirst(row.cell(Columns.START))
                || SpreadsheetDates.dayFirst(row.cell(Columns.END));
        Set<Code> policyAreas = new HashSet<>();
        Set<Code> values = new HashSet<>();
        Set<MissingFlag> missing = new HashSet<>();
        flags(row, codes.flagColumns(), policyAreas, missing);
        flags(row, codes.valueColumns(), values, missing);
        return new SheetRow.Commitment(identifier, row.optionalText(Columns.NUMBER).map(CellRepairs::repairedNumber),
                row.required(Columns.TITLE), row.optionalText(Columns.SHORT_TITLE),
                row.optionalText(Columns.FULL_TEXT), row.optionalText(Columns.THEME),
                date(row, Columns.START, dayFirst), date(row, Columns.END, dayFirst), InstitutionNames.split(row.cell(Columns.LEAD)),
                InstitutionNames.split(row.cell(Columns.SUPPORTING)), policyAreas, values, missing,
                AssessmentColumns.assessment(row), url(row), AssessmentColumns.extras(row, identifier));
    }

    /** 1 adds the column's concept, 0 adds nothing, a missing-value code is kept as a missing flag. */
    private static void flags(Row row, Map<String, Code> columns, Set<Code> flagged, Set<MissingFlag> missing) {
        columns.forEach((column, concept) -> {
            Answer answer = row.answer(column, false);
            answer.value().filter(Boolean::booleanValue).ifPresent(yes -> flagged.add(concept));
            answer.missing().ifPresent(reason -> missing.add(new MissingFlag(concept, reason)));
        });
    }

    private static Optional<DateValue> date(Row row, String column, boolean dayFirst) {
        String text = row.cell(column).strip();
        if (SpreadsheetDates.isIsoShapedButNoDate(text)) {
            row.warning(column, text, "not a day of the calendar: kept as written, with no date value");
        }
        return text.isEmpty() ? Optional.empty() : Optional.of(SpreadsheetDates.read(text, dayFirst));
    }

    private static Optional<String> url(Row row) {
        Optional<String> url = row.optionalText(Columns.URL);
        url.filter(u -> !u.startsWith("https://") && !u.startsWith("http://"))
                .ifPresent(u -> row.problem(Columns.URL, u, "expected an http or https URL"));
        return url;
    }

    private static String matching(Row row, String column, Pattern pattern, String expected) {
        String value = row.required(column);
        if (!value.isEmpty() && !pattern.matcher(value).matches()) {
            row.problem(column, value, "expected " + expected);
        }
        return value;
    }
}
