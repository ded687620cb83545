package org.ogpld.model.imports.ogp;

import static org.ogpld.model.imports.ogp.Columns.CARRIED_FORWARD;
import static org.ogpld.model.imports.ogp.Columns.CLUSTER;
import static org.ogpld.model.imports.ogp.Columns.CLUSTERED_IN_REVIEW;
import static org.ogpld.model.imports.ogp.Columns.CLUSTER_COMMITMENTS;
import static org.ogpld.model.imports.ogp.Columns.COMPOUND;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ogpld.model.IrmAssessment;
import org.ogpld.model.MissingValue;
import org.ogpld.model.Schemes;

/** Reads the IRM columns of a row: the indicators at the progress report and at the end of term, and the stars. */
final class AssessmentColumns {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Z]{2,3}[0-9]{4}");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[,;\\s]+");

    private AssessmentColumns() {
    }

    static IrmAssessment assessment(Row row) {
        CodeLists codes = CodeLists.get();
        return IrmAssessment.builder()
                .specificity(row.code(Columns.SPECIFICITY, codes.notations(Schemes.SPECIFICITY)))
                .verifiable(row.answer(Columns.VERIFIABLE, true))
                .potentialImpact(row.code(Columns.POTENTIAL_IMPACT, codes.notations(Schemes.POTENTIAL_IMPACT)))
                .midTermCompletion(row.code(Columns.PROGRESS_COMPLETION, codes.notations(Schemes.COMPLETION)))
                .endOfTermCompletion(row.code(Columns.END_OF_TERM_COMPLETION, codes.notations(Schemes.COMPLETION)))
                .starred(row.answer(Columns.STARRED, false))
                .endOfTermStarred(row.answer(Columns.END_OF_TERM_STARRED, false))
                .potentialForResults(row.code(Columns.POTENTIAL_FOR_RESULTS,
                        codes.notations(Schemes.POTENTIAL_FOR_RESULTS)))
                .earlyResults(row.code(Columns.EARLY_RESULTS, codes.notations(Schemes.EARLY_RESULTS)))
                .didItOpenGovernment(openGovernment(row, Columns.OPEN_GOVERNMENT))
                .didItOpenGovernmentAccessToInformation(openGovernment(row, Columns.OPEN_GOVERNMENT_ACCESS))
                .didItOpenGovernmentCivicParticipation(openGovernment(row, Columns.OPEN_GOVERNMENT_PARTICIPATION))
                .didItOpenGovernmentPublicAccountability(openGovernment(row, Columns.OPEN_GOVERNMENT_ACCOUNTABILITY))
                .midTermReportYear(row.yearOrMissing(Columns.PROGRESS_REPORT_YEAR))
                .endOfTermReportYear(row.yearOrMissing(Columns.END_OF_TERM_REPORT_YEAR))
                .build();
    }

    private static org.ogpld.model.Code openGovernment(Row row, String column) {
        return row.code(column, CodeLists.get().notations(Schemes.DID_IT_OPEN_GOVERNMENT));
    }

    /** The IRM columns that the records have no field for. */
    static CommitmentExtras.Cells extras(Row row, String identifier) {
        String cluster = row.required(CLUSTER);
        String listed = row.cell(CLUSTER_COMMITMENTS).strip();
        Optional<String> listCode = MissingValue.ofNotation(listed).map(MissingValue::name);
        List<String> others = listCode.isPresent() ? List.of() : clusteredWith(row, listed, identifier);
        return new CommitmentExtras.Cells(row.answer(CARRIED_FORWARD, false), others, listCode,
                cluster.isEmpty() ? Optional.empty() : Optional.of(CellRepairs.repairedNumber(cluster)),
                row.answer(COMPOUND, false), row.answer(CLUSTERED_IN_REVIEW, false),
                row.answer(Columns.STARRED_2015, false), row.answer(Columns.RELEVANT, false),
                ResearchColumns.read(row), InstitutionNames.statements(row.cell(Columns.LEAD)),
                InstitutionNames.statements(row.cell(Columns.SUPPORTING)));
    }

    private static List<String> clusteredWith(Row row, String listed, String identifier) {
        List<String> others = new ArrayList<>();
        for (String id : LIST_SEPARATOR.split(listed)) {
            if (id.isEmpty() || id.equals(identifier)) {
                continue;
            }
            if (!IDENTIFIER.matcher(id).matches()) {
                row.problem(CLUSTER_COMMITMENTS, id, "expected commitment identifiers such as GR0084, separated "
                        + "by commas, or ND, NR or NA");
            } else if (!others.contains(id)) {
                others.add(id);
            }
        }
        if (others.isEmpty() && !listed.contains(identifier)) {
            row.problem(CLUSTER_COMMITMENTS, listed, "lists no commitment; write ND, NR or NA for none");
        }
        return others;
    }
}
