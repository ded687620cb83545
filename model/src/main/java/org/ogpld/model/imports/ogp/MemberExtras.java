package org.ogpld.model.imports.ogp;

import org.ogpld.model.Code;
import org.ogpld.model.Id;

/**
 * What the spreadsheet says about an OGP member that {@link org.ogpld.model.Organisation} has no field for.
 *
 * @param member the member organisation
 * @param region its OGP region (or a missing-value code)
 * @param level  national, legacy local or other (or a missing-value code)
 * @param since  the year of its first action plan in the sheet: its OGP membership's start as far as the sheet
 *               shows (a member joins before its first plan; the sheet gives no joining date), written as
 *               {@code schema:startDate} in {@code xsd:gYear} on the membership, since the shapes' instants take
 *               whole dates only
 */
record MemberExtras(Id member, Code region, Code level, java.time.Year since) {
}
