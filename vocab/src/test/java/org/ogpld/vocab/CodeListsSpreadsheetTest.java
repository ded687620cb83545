package org.ogpld.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the code lists against OGP's own commitments spreadsheet (read here with Commons CSV, independently of
 * anything in the vocabulary): notations are the spreadsheet's words and scores its numeric coding.
 */
class CodeListsSpreadsheetTest {

    private static final Model CODES = Vocab.codeLists();
    private static List<String> header;
    private static List<CSVRecord> rows;

    @BeforeAll
    static void readSpreadsheet() throws IOException {
        Path csv = Path.of(System.getProperty("ogpld.shared"), "data", "ogp-commitments", "open_parliament_0703.csv");
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.parse(in)) {
            List<CSVRecord> records = parser.getRecords();
            header = records.get(0).toList();
            rows = records.subList(1, records.size());
        }
        assertThat(rows).hasSize(558);
    }

    @Test
    void policyAreaAndTagNotationsAreExactlyTheSpreadsheetsFlagColumns() {
        List<String> flags = flagColumns();
        Set<String> notations = new TreeSet<>(notations(OGPCode.policyArea).keySet());
        notations.addAll(notations(OGPCode.policyTag).keySet());

        assertThat(notations).isEqualTo(new TreeSet<>(flags));
        for (String column : flags) {
            assertThat(column(column)).as(column).allMatch(cell -> Set.of("0", "1", "ND", "NA").contains(cell));
        }
    }

    @Test
    void policyAreaHierarchyFollowsTheHeaderGroupsThenTheTags() {
        Map<String, Resource> areas = notations(OGPCode.policyArea);
        Map<String, Resource> tags = notations(OGPCode.policyTag);
        Resource group = null;
        boolean inTags = false;
        for (String column : flagColumns()) {
            Resource area = areas.get(column);
            if (area == null) {
                inTags = true;
                assertThat(tags).containsKey(column);
            } else if (area.hasProperty(SKOS.topConceptOf, OGPCode.policyArea)) {
                assertThat(inTags).as("group %s after the tags", column).isFalse();
                group = area;
            } else {
                assertThat(inTags).as("sub-area %s after the tags", column).isFalse();
                assertThat(area.getPropertyResourceValue(SKOS.broader)).as("broader of %s", column).isEqualTo(group);
            }
        }
        assertThat(CODES.listObjectsOfProperty(OGPCode.policyArea, SKOS.hasTopConcept).toList()).hasSize(10);
    }

    @Test
    void subAreasAreFlaggedTogetherWithTheirOwnGroupAtLeastAsOftenAsWithAnyOther() {
        Map<String, Resource> areas = notations(OGPCode.policyArea);
        List<String> groups = areas.entrySet().stream()
                .filter(e -> e.getValue().hasProperty(SKOS.topConceptOf)).map(Map.Entry::getKey).toList();
        areas.forEach((column, area) -> {
            Resource broader = area.getPropertyResourceValue(SKOS.broader);
            List<CSVRecord> flagged = rows.stream().filter(r -> cell(r, column).equals("1")).toList();
            if (broader == null || flagged.isEmpty()) {
                return;
            }
            Map<String, Long> together = groups.stream().collect(Collectors.toMap(Function.identity(),
                    g -> flagged.stream().filter(r -> cell(r, g).equals("1")).count()));
            String own = broader.getProperty(SKOS.notation).getString();
            assertThat(together.get(own)).as("%s with %s: %s", column, own, together)
                    .isEqualTo(together.values().stream().max(Long::compare).orElseThrow());
        });
    }

    @Test
    void ogpValueNotationsNameTheValueColumns() {
        for (String value : notations(OGPCode.ogpValue).keySet()) {
            assertThat(header).contains("OGP Value " + value);
        }
    }

    static Stream<Arguments> indicatorColumns() {
        return Stream.of(
                Arguments.of("Specificity", "_Specificity", OGPCode.specificity, 0),
                Arguments.of("Potential Impact", "_Potential Impact", OGPCode.potentialImpact, 0),
                Arguments.of("Completion (Progress Report)", "_CompletionProgress", OGPCode.completion, 0),
                Arguments.of("Completion (End Of Term)", "_CompletionEndTerm", OGPCode.completion, 0),
                Arguments.of("Potential for Results", "_Potential for Results", OGPCode.potentialForResults, 0),
                Arguments.of("Early Results", "_Early Results", OGPCode.earlyResults, 0),
                Arguments.of("Did It Open Government (Overall)", "_OpenGovernment", OGPCode.didItOpenGovernment, 0),
                // The per-value columns code the same values one higher, keeping 0 for "Not Applicable".
                Arguments.of("Did It Open Government (Access To Information)", "_DIOGATI",
                        OGPCode.didItOpenGovernment, 1),
                Arguments.of("Did It Open Government (Civic Participation)", "_DIOGCP",
                        OGPCode.didItOpenGovernment, 1),
                Arguments.of("Did It Open Government: Public Accountability", "_DIOGPA",
                        OGPCode.didItOpenGovernment, 1));
    }

    @ParameterizedTest
    @MethodSource("indicatorColumns")
    void everyCellIsANotationOfTheSchemeOrAMissingValueCode(String column, String derived, Resource scheme,
            int offset) {
        Set<String> allowed = new HashSet<>(notations(scheme).keySet());
        allowed.addAll(notations(OGPCode.missingValue).keySet());

        assertThat(new TreeSet<>(column(column))).isSubsetOf(allowed);
    }

    /** OGP's data has a few rows whose derived number disagrees with the text; the usual coding must be the score. */
    @ParameterizedTest
    @MethodSource("indicatorColumns")
    void scoresAreTheNumbersMostRowsWriteInTheDerivedColumn(String column, String derived, Resource scheme,
            int offset) {
        Map<String, Resource> concepts = notations(scheme);
        Map<String, Map<String, Integer>> coding = new HashMap<>();
        for (CSVRecord row : rows) {
            coding.computeIfAbsent(cell(row, column), k -> new HashMap<>()).merge(cell(row, derived), 1, Integer::sum);
        }
        coding.forEach((text, numbers) -> {
            String usual = numbers.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            Resource concept = concepts.get(text);
            String expected = concept != null
                    ? String.valueOf(concept.getProperty(CODES.createProperty(OGP.score.getURI())).getInt() + offset)
                    : text.equals("Not Applicable") ? "0" : text;
            assertThat(usual).as("%s '%s' coded in %s", column, text, derived).isEqualTo(expected);
        });
    }

    @Test
    void everyIrmValueAndMissingValueCodeOccursInTheSpreadsheet() {
        Map<Resource, Set<String>> seen = new HashMap<>();
        indicatorColumns().forEach(arguments -> {
            Object[] a = arguments.get();
            seen.computeIfAbsent((Resource) a[2], k -> new TreeSet<>()).addAll(column((String) a[0]));
        });
        seen.forEach((scheme, cells) -> assertThat(cells).containsAll(notations(scheme).keySet()));
        Set<String> all = seen.values().stream().flatMap(Set::stream).collect(Collectors.toSet());
        assertThat(all).containsAll(notations(OGPCode.missingValue).keySet());
    }

    private static List<String> flagColumns() {
        int from = header.indexOf("Supporting Institution(s)") + 1;
        int to = header.indexOf("Report Publication Year (Progress Report)");
        assertThat(from).isPositive();
        assertThat(to).isGreaterThan(from);
        return header.subList(from, to);
    }

    private static List<String> column(String name) {
        return rows.stream().map(r -> cell(r, name)).toList();
    }

    private static String cell(CSVRecord row, String name) {
        int index = header.indexOf(name);
        assertThat(index).as("column %s", name).isNotNegative();
        return row.get(index);
    }

    private static Map<String, Resource> notations(Resource scheme) {
        Map<String, Resource> notations = new HashMap<>();
        List<Resource> concepts = new ArrayList<>(CODES.listSubjectsWithProperty(SKOS.inScheme, scheme).toList());
        for (Resource concept : concepts) {
            concept.listProperties(SKOS.notation).forEach(s -> notations.put(s.getString(), concept));
        }
        return notations;
    }
}
