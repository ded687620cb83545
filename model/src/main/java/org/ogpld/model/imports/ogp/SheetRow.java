package org.ogpld.model.imports.ogp;

import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ogpld.model.Code;
import org.ogpld.model.DateValue;
import org.ogpld.model.IrmAssessment;
import org.ogpld.model.MissingFlag;

/**
 * What one record of the spreadsheet says, checked and typed, before ids are minted for its institutions.
 *
 * @param number     the record number, for problems found when assembling
 * @param line       the line where the record starts
 * @param member     the OGP member
 * @param plan       the action plan
 * @param commitment the commitment
 */
record SheetRow(long number, long line, Member member, Plan plan, Commitment commitment) {

    /** The member columns. */
    record Member(String name, String code, Code region, Code level) {
    }

    /** The action-plan columns. */
    record Plan(String identifier, int number, Year submitted, Year end) {
    }

    /** The commitment columns; institutions are still names. */
    record Commitment(String identifier, Optional<String> number, String title, Optional<String> shortTitle,
                      Optional<String> fullText, Optional<String> theme, Optional<DateValue> start,
                      Optional<DateValue> end, List<String> lead, List<String> supporting, Set<Code> policyAreas,
                      Set<Code> relevantValues, Set<MissingFlag> missingFlags, IrmAssessment assessment,
                      Optional<String> url, CommitmentExtras.Cells extras) {
    }
}
