package org.ogpld.model.imports.ogp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns of the OGP commitments spreadsheet by their header text: those the importer maps, and those it
 * deliberately skips, each with the reason. The policy-area, policy-tag and OGP-value columns are not listed here:
 * they are the notations of the code lists ({@link CodeLists}).
 */
final class Columns {

    static final String IDENTIFIER = "Commitment Unique Identifier";
    static final String MEMBER = "Country/Locality";
    static final String PLAN_NUMBER = "Action Plan Number";
    static final String NUMBER = "Commitment Number";
    static final String MEMBER_CODE = "Code";
    static final String REGION = "Region";
    static final String MEMBER_LEVEL = "National Or Local";
    static final String SUBMITTED = "Year Of Submission";
    static final String PLAN_END = "Action Plan End Year";
    static final String THEME = "Theme";
    static final String TITLE = "Commitment Title";
    static final String SHORT_TITLE = "Short Title";
    static final String FULL_TEXT = "Full Text";
    static final String START = "Start Date";
    static final String END = "End Date";
    static final String LEAD = "Lead Institution";
    static final String SUPPORTING = "Supporting Institution(s)";
    static final String PROGRESS_REPORT_YEAR = "Report Publication Year (Progress Report)";
    static final String COMPOUND = "Compound";
    static final String CLUSTER = "Cluster";
    static final String SPECIFICITY = "Specificity";
    static final String VERIFIABLE = "Verifiable";
    static final String RELEVANT = "_Relevant";
    static final String POTENTIAL_IMPACT = "Potential Impact";
    static final String PROGRESS_COMPLETION = "Completion (Progress Report)";
    static final String STARRED_2015 = "Starred (2015 Only)";
    static final String STARRED = "Starred (Current Formula) Progress Report";
    static final String POTENTIAL_FOR_RESULTS = "Potential for Results";
    static final String CLUSTERED_IN_REVIEW = "Cluster (AP Review)";
    static final String CLUSTER_COMMITMENTS = "Cluster Commitment ID(s)";
    static final String END_OF_TERM_REPORT_YEAR = "Report Publication Year (End Of Term)";
    static final String END_OF_TERM_COMPLETION = "Completion (End Of Term)";
    static final String EARLY_RESULTS = "Early Results";
    static final String OPEN_GOVERNMENT = "Did It Open Government (Overall)";
    static final String OPEN_GOVERNMENT_ACCESS = "Did It Open Government (Access To Information)";
    static final String OPEN_GOVERNMENT_PARTICIPATION = "Did It Open Government (Civic Participation)";
    static final String OPEN_GOVERNMENT_ACCOUNTABILITY = "Did It Open Government: Public Accountability";
    static final String END_OF_TERM_STARRED = "Starred (Current Formula) End of Term";
    static final String CARRIED_FORWARD = "Carried Forward";
    static final String URL = "URL";
    static final String PLAN_ID = "Action Plan ID";

    /** Prefix of the four OGP-value columns, followed by the value's notation. */
    static final String OGP_VALUE_PREFIX = "OGP Value ";

    /** Every mapped column apart from the flags; an import needs all of them. */
    static final List<String> MAPPED = List.of(IDENTIFIER, MEMBER, PLAN_NUMBER, NUMBER, MEMBER_CODE, REGION,
            MEMBER_LEVEL, SUBMITTED, PLAN_END, THEME, TITLE, SHORT_TITLE, FULL_TEXT, START, END, LEAD, SUPPORTING,
            PROGRESS_REPORT_YEAR, COMPOUND, CLUSTER, SPECIFICITY, VERIFIABLE, RELEVANT, POTENTIAL_IMPACT,
            PROGRESS_COMPLETION, STARRED_2015, STARRED, POTENTIAL_FOR_RESULTS, CLUSTERED_IN_REVIEW,
            CLUSTER_COMMITMENTS, END_OF_TERM_REPORT_YEAR, END_OF_TERM_COMPLETION, EARLY_RESULTS, OPEN_GOVERNMENT,
            OPEN_GOVERNMENT_ACCESS, OPEN_GOVERNMENT_PARTICIPATION, OPEN_GOVERNMENT_ACCOUNTABILITY,
            END_OF_TERM_STARRED, CARRIED_FORWARD, URL, PLAN_ID);

    /** Columns researchers use that are read when present (ResearchColumns); older exports lack them. */
    static final String ROW_ID = "id";
    static final String UPDATED = "Updated? (Website)";
    static final String IRM_BASED_SCORE = "IRM-Based Score";
    static final String BINDING_CONSTRAINT = "Binding constraint";
    static final String HIGH_AMBITION = "High Ambition";
    static final String HIGH_COMPLETION = "High Completion";
    static final String HIGH_DIOG = "High DIOG";
    static final String MOST_RECENTLY_ASSESSED = "Most Recently Assessed";
    static final String STAR_MOST_RECENTLY_ASSESSED = "Star - Most Recently Assessed";
    static final String MAX_STAR = "Max star";
    static final List<String> OPTIONAL = List.of(ROW_ID, UPDATED, IRM_BASED_SCORE, BINDING_CONSTRAINT, HIGH_AMBITION,
            HIGH_COMPLETION, HIGH_DIOG, MOST_RECENTLY_ASSESSED, STAR_MOST_RECENTLY_ASSESSED, MAX_STAR);

    private static final String NUMERIC_CODING = "numeric coding of the column before it; the number is the "
            + "ogp:score of the code-list concept that column maps to";
    private static final String ANALYSIS = "analysis helper OGP derives from the IRM indicators for its dashboards";

    /** Columns read but not mapped, with the reason; they may also be absent. */
    static final Map<String, String> SKIPPED = skipped();

    private Columns() {
    }

    private static Map<String, String> skipped() {
        Map<String, String> skipped = new LinkedHashMap<>();
        skipped.put("Commitment Dummy", "always 1, a helper for counting rows");
        skipped.put("Action Plan Duration (Years)", "derived from the year of submission and the end year, which "
                + "are mapped");
        for (String column : List.of("_Specificity", "_Potential Impact", "_CompletionProgress",
                "_Potential for Results", "_CompletionEndTerm", "_Early Results", "_OpenGovernment", "_DIOGATI",
                "_DIOGCP", "_DIOGPA")) {
            skipped.put(column, NUMERIC_CODING);
        }
        skipped.put("Change In Completion", "derived from the completion at the progress report and at the end "
                + "of term, which are both mapped");
        skipped.put("_ChangeCompletion", "numeric coding of Change In Completion");
        for (String column : List.of("IRM Assessed", "Ambition Assessed", "Comp Assessed", "DIOG Assessed",
                "Midterm Only", "Max Completion", "Raw Completion", "Ambitious and complete, or DIOG",
                "Ambitious but not complete", "Complete but not ambitious", "Not complete or ambitious",
                "Not reviewed", "CHECKSUM")) {
            skipped.put(column, ANALYSIS);
        }
        skipped.put("Active Commitment", "true only relative to the date OGP exported the sheet; the plan's end "
                + "year is mapped");
        skipped.put("Latest IRM Report", "derived from the report publication years, which are mapped");
        skipped.put("Subnational in NAPs", "derived: the Subnational policy tag of a national member's commitment");
        return Map.copyOf(skipped);
    }
}
