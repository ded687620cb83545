package org.ogpld.bench.data;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.jena.rdf.model.Resource;
import org.ogpld.bench.data.CommitmentProfile.Assessment;
import org.ogpld.bench.data.CommitmentProfile.Member;
import org.ogpld.bench.data.CommitmentProfile.Plan;
import org.ogpld.bench.data.CommitmentProfile.ValueFlags;
import org.ogpld.bench.data.CommitmentProfile.Weighted;
import org.ogpld.model.Code;
import org.ogpld.vocab.OGPCode;
import org.ogpld.vocab.Vocab;

/**
 * Computes a {@link CommitmentProfile} from an OGP commitments spreadsheet (CSV with a header row, quoted fields
 * spanning lines). Cell texts become code-list codes through the vocabulary's {@code skos:notation}s; a text that no
 * concept has fails with the record number, column and value.
 */
public final class ProfileExtractor {

    static final String SOURCE = "../shared/data/ogp-commitments/open_parliament_0703.csv"
            + " (GitHub g0v/ogp-commitments @ 2895b3e9)";
    private static final String FIRST_POLICY_COLUMN = "Anti-Corruption and Integrity";
    private static final String LAST_POLICY_COLUMN = "Money in Politics";
    private static final String VALUE_PREFIX = "OGP Value ";
    private static final List<String> MISSING = List.of("ND", "NR", "NA");

    private final List<String> header;

    private ProfileExtractor(List<String> header) {
        this.header = header;
    }

    /** Reads {@code csv} and computes its profile. */
    public static CommitmentProfile extract(Path csv) throws IOException {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<List<String>> records = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             MappingIterator<List<String>> it = mapper.readerForListOf(String.class)
                     .with(CsvSchema.emptySchema()).readValues(reader)) {
            it.forEachRemaining(records::add);
        }
        ProfileExtractor extractor = new ProfileExtractor(records.get(0));
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            rows.add(extractor.row(records.get(i), i));
        }
        return extractor.profile(rows);
    }

    private Map<String, String> row(List<String> cells, int record) {
        if (cells.size() != header.size()) {
            throw new IllegalArgumentException("record " + record + ": " + cells.size() + " fields, header has "
                    + header.size());
        }
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            row.put(header.get(i), cells.get(i).strip());
        }
        row.put("#", Integer.toString(record));
        return row;
    }

    private CommitmentProfile profile(List<Map<String, String>> rows) {
        List<Integer> sizes = rows.stream().map(r -> r.get("Full Text").length()).sorted().toList();
        return new CommitmentProfile(SOURCE, rows.size(), members(rows), counted(rows.stream().flatMap(r -> policyAreas(r).stream()).toList()),
                counted(rows, this::valueFlags), counted(rows, this::assessment),
                counted(rows, r -> r.get("Theme")), counted(rows, ProfileExtractor::leadCount), sizes);
    }

    private static List<Member> members(List<Map<String, String>> rows) {
        Map<String, List<Map<String, String>>> byMember = new LinkedHashMap<>();
        rows.forEach(r -> byMember.computeIfAbsent(r.get("Code"), k -> new ArrayList<>()).add(r));
        List<Member> members = new ArrayList<>();
        byMember.forEach((code, memberRows) -> {
            Map<String, String> first = memberRows.get(0);
            Map<String, List<Map<String, String>>> byPlan = new TreeMap<>();
            memberRows.forEach(r -> byPlan.computeIfAbsent(r.get("Action Plan ID"), k -> new ArrayList<>()).add(r));
            List<Plan> plans = byPlan.entrySet().stream().map(e -> plan(e.getKey(), e.getValue()))
                    .sorted(Comparator.comparingInt(Plan::number)).toList();
            members.add(new Member(code, first.get("Country/Locality"), first.get("Region"),
                    first.get("National Or Local"), plans));
        });
        return members;
    }

    private static Plan plan(String id, List<Map<String, String>> rows) {
        Map<String, String> first = rows.get(0);
        return new Plan(id, Integer.parseInt(first.get("Action Plan Number")),
                Integer.parseInt(first.get("Year Of Submission")), Integer.parseInt(first.get("Action Plan End Year")),
                rows.size());
    }

    private List<String> policyAreas(Map<String, String> row) {
        List<String> codes = new ArrayList<>();
        for (int i = header.indexOf(FIRST_POLICY_COLUMN); i <= header.indexOf(LAST_POLICY_COLUMN); i++) {
            String column = header.get(i);
            String cell = row.get(column);
            if (cell.equals("1")) {
                codes.add(policyCode(column, row));
            } else if (MISSING.contains(cell)) {
                codes.add(cell + ":" + policyCode(column, row));
            } else if (!cell.equals("0")) {
                throw unknown(row, column, cell);
            }
        }
        return codes;
    }

    private String policyCode(String column, Map<String, String> row) {
        return concept(OGPCode.policyArea, column).or(() -> concept(OGPCode.policyTag, column))
                .orElseThrow(() -> unknown(row, column, "(header)"));
    }

    private ValueFlags valueFlags(Map<String, String> row) {
        List<String> relevant = new ArrayList<>();
        Map<String, String> missing = new TreeMap<>();
        header.stream().filter(c -> c.startsWith(VALUE_PREFIX)).forEach(column -> {
            String code = concept(OGPCode.ogpValue, column.substring(VALUE_PREFIX.length()))
                    .orElseThrow(() -> unknown(row, column, "(header)"));
            String cell = row.get(column);
            if (cell.equals("1")) {
                relevant.add(code);
            } else if (MISSING.contains(cell)) {
                missing.put(code, cell);
            } else if (!cell.equals("0")) {
                throw unknown(row, column, cell);
            }
        });
        return new ValueFlags(relevant, missing);
    }

    private Assessment assessment(Map<String, String> row) {
        return new Assessment(code(row, "Specificity", OGPCode.specificity), answer(row, "Verifiable"),
                code(row, "Potential Impact", OGPCode.potentialImpact),
                code(row, "Completion (Progress Report)", OGPCode.completion),
                code(row, "Completion (End Of Term)", OGPCode.completion),
                answer(row, "Starred (Current Formula) Progress Report"),
                answer(row, "Starred (Current Formula) End of Term"),
                code(row, "Potential for Results", OGPCode.potentialForResults),
                code(row, "Early Results", OGPCode.earlyResults),
                code(row, "Did It Open Government (Overall)", OGPCode.didItOpenGovernment),
                code(row, "Did It Open Government (Access To Information)", OGPCode.didItOpenGovernment),
                code(row, "Did It Open Government (Civic Participation)", OGPCode.didItOpenGovernment),
                code(row, "Did It Open Government: Public Accountability", OGPCode.didItOpenGovernment),
                year(row, "Report Publication Year (Progress Report)"),
                year(row, "Report Publication Year (End Of Term)"));
    }

    private static String code(Map<String, String> row, String column, Resource scheme) {
        String cell = row.get(column);
        if (cell.isEmpty()) {
            return null;
        }
        if (MISSING.contains(cell) || cell.equals("Not Applicable")) {
            return cell.equals("Not Applicable") ? "NA" : cell;
        }
        return concept(scheme, cell).map(c -> c.substring(c.indexOf('/') + 1))
                .orElseThrow(() -> unknown(row, column, cell));
    }

    private static String answer(Map<String, String> row, String column) {
        String cell = row.get(column);
        return switch (cell) {
            case "" -> null;
            case "1", "Yes" -> "yes";
            case "0", "No" -> "no";
            case "ND", "NR", "NA" -> cell;
            default -> throw unknown(row, column, cell);
        };
    }

    private static String year(Map<String, String> row, String column) {
        String cell = row.get(column);
        if (cell.isEmpty() || cell.matches("\\d{4}") || MISSING.contains(cell)) {
            return cell.isEmpty() ? null : cell;
        }
        throw unknown(row, column, cell);
    }

    private static Integer leadCount(Map<String, String> row) {
        String cell = row.get("Lead Institution");
        return cell.isBlank() ? 0 : cell.split("[,;\\n]").length;
    }

    private static java.util.Optional<String> concept(Resource scheme, String notation) {
        return Vocab.concept(scheme, notation).flatMap(c -> Code.fromIri(c.getURI())).map(Code::toString);
    }

    private static IllegalArgumentException unknown(Map<String, String> row, String column, String value) {
        return new IllegalArgumentException("record " + row.get("#") + ", column '" + column
                + "': no code for '" + value + "'");
    }

    /** Distinct values with their number of occurrences, most frequent first, ties in first-seen order. */
    private static <T> List<Weighted<T>> counted(List<T> values) {
        Map<T, Integer> counts = new LinkedHashMap<>();
        values.forEach(v -> counts.merge(v, 1, Integer::sum));
        return counts.entrySet().stream().map(e -> new Weighted<>(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt((Weighted<T> w) -> -w.count())).toList();
    }

    /** Distinct values of {@code key} over {@code rows}, most frequent first, ties in first-seen order. */
    private static <T> List<Weighted<T>> counted(List<Map<String, String>> rows, Function<Map<String, String>, T> key) {
        return counted(rows.stream().map(key).toList());
    }

    /** Writes the profile of {@code args[0]} (the CSV) to {@code args[1]} (the JSON resource). */
    public static void main(String[] args) throws IOException {
        CommitmentProfile profile = extract(Path.of(args[0]));
        CommitmentProfile.mapper().writeValue(Path.of(args[1]).toFile(), profile);
    }
}
