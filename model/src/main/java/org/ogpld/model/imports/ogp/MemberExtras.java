package org.ogpld.model.imports.ogp;

import org.ogpld.model.Code;
import org.ogpld.model.Id;

/**
 * What the spreadsheet says about an OGP member that {@link org.ogpld.model.Organisation} has no field for.
 *
 * @param member the member organisation
 * @param region its OGP region (or a missing-value code)
 * @param level  national, legacy local or other (or a missing-value code)
 */
record MemberExtras(Id member, Code region, Code level) {
}
