package org.ogpld.bench.data;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * What the generator copies from the real OGP commitments spreadsheet: its members and their action plans, and the
 * observed combinations of policy areas, OGP-value flags and IRM indicators with how often each occurs. Sampling a
 * whole combination keeps the correlations between columns (an unreviewed commitment is unreviewed everywhere).
 *
 * <p>Computed by {@link ProfileExtractor} from {@code ../shared/data/ogp-commitments/open_parliament_0703.csv}
 * (GitHub g0v/ogp-commitments @ 2895b3e9) and committed as {@value #RESOURCE}.
 *
 * @param source          where the figures come from
 * @param commitments     how many commitments the spreadsheet holds
 * @param members         the members, in spreadsheet order of first appearance
 * @param policyAreas     policy-area and policy-tag codes ({@code scheme/code}) with how many commitments are flagged
 *                        1 in that column; {@code ND:scheme/code} counts the cells holding a missing-value code
 * @param values          distinct OGP-value flag tuples with their counts
 * @param assessments     distinct IRM indicator tuples with their counts
 * @param themes          theme texts with their counts, most frequent first
 * @param leadCounts      how many lead institutions a commitment names (comma-separated), with counts
 * @param descriptionSizes lengths of the full texts, in characters, one per commitment, sorted
 */
public record CommitmentProfile(String source, int commitments, List<Member> members,
                                List<Weighted<String>> policyAreas, List<Weighted<ValueFlags>> values,
                                List<Weighted<Assessment>> assessments, List<Weighted<String>> themes,
                                List<Weighted<Integer>> leadCounts, List<Integer> descriptionSizes) {

    /** Where the committed profile lives on the classpath. */
    public static final String RESOURCE = "/org/ogpld/bench/data/commitment-profile.json";

    /**
     * A member of OGP as the spreadsheet names it.
     *
     * @param code   OGP's member code, e.g. {@code ESP}
     * @param name   the country or locality
     * @param region the OGP region
     * @param level  {@code National}, {@code Legacy Local} or {@code Other}
     * @param plans  its action plans present in the spreadsheet
     */
    public record Member(String code, String name, String region, String level, List<Plan> plans) {}

    /**
     * An action plan.
     *
     * @param id          OGP's identifier, e.g. {@code AP_ESP04}
     * @param number      its number in the member's series
     * @param submitted   year of submission
     * @param end         end year
     * @param commitments how many of its commitments the spreadsheet holds
     */
    public record Plan(String id, int number, int submitted, int end, int commitments) {}

    /**
     * The OGP-value columns of one commitment.
     *
     * @param relevant codes flagged 1
     * @param missing  codes flagged with a missing-value code, to that code ({@code ND}, {@code NR})
     */
    public record ValueFlags(List<String> relevant, Map<String, String> missing) {}

    /**
     * The IRM indicators of one commitment. Codes are the concept's code in the field's scheme (e.g. {@code high}
     * for {@code specificity/high}); yes/no answers are {@code yes} or {@code no}; years are a year; any field may
     * be a missing-value notation ({@code ND}, {@code NR}, {@code NA}) or null where the cell is empty. Written as a
     * JSON array in component order.
     */
    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    @JsonPropertyOrder({"specificity", "verifiable", "potentialImpact", "midTermCompletion", "endOfTermCompletion",
        "starred", "endOfTermStarred", "potentialForResults", "earlyResults", "didItOpenGovernment",
        "accessToInformation", "civicParticipation", "publicAccountability", "midTermReportYear",
        "endOfTermReportYear"})
    public record Assessment(String specificity, String verifiable, String potentialImpact, String midTermCompletion,
                             String endOfTermCompletion, String starred, String endOfTermStarred,
                             String potentialForResults, String earlyResults, String didItOpenGovernment,
                             String accessToInformation, String civicParticipation, String publicAccountability,
                             String midTermReportYear, String endOfTermReportYear) {}

    /**
     * A value and how many commitments have it.
     *
     * @param value the value
     * @param count how often it occurs
     */
    public record Weighted<T>(T value, int count) {}

    /** The committed profile. */
    public static CommitmentProfile load() {
        try (InputStream in = CommitmentProfile.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("classpath resource " + RESOURCE + " is missing");
            }
            return mapper().readValue(in, CommitmentProfile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The JSON mapper the profile is read and written with (stable, pretty output). */
    static ObjectMapper mapper() {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    }
}
