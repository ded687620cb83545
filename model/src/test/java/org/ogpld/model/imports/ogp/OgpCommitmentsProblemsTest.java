package org.ogpld.model.imports.ogp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ogpld.model.Commitment;
import org.ogpld.model.imports.ImportException;
import org.ogpld.model.imports.ImportProblem;
import org.ogpld.model.imports.Imported;

/**
 * Bad input, made from the header and first three records of the real spreadsheet
 * ({@code ../shared/data/ogp-commitments/open_parliament_0703.csv}) with one thing broken at a time.
 */
class OgpCommitmentsProblemsTest {

    private static final String FILE = "sample.csv";
    private static List<String> header;
    private static List<List<String>> records;

    @BeforeAll
    static void takeTheFirstRecordsOfTheRealFile() throws IOException {
        try (Reader in = Files.newBufferedReader(OgpCommitmentsImporterTest.CSV, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.parse(in)) {
            List<CSVRecord> all = parser.getRecords();
            header = all.get(0).toList();
            records = all.subList(1, 4).stream().map(CSVRecord::toList).toList();
        }
    }

    @Test
    void theUnchangedSampleImportsItsThreeCommitments() throws IOException {
        Imported imported = strict(csv(header, records));

        assertThat(imported.publication().commitments()).extracting(Commitment::identifier)
                .containsExactlyInAnyOrder(records.get(0).get(0), records.get(1).get(0), records.get(2).get(0));
        assertThat(imported.rejected()).isEmpty();
    }

    @Test
    void aMisspeltColumnIsNamedWithTheClosestKnownOneAndNothingIsImported() {
        List<String> misspelt = replace(header, "Specificity", "Specifcity");

        List<ImportProblem> problems = problems(() -> strict(csv(misspelt, records)));

        ImportProblem unknown = problems.get(0);
        assertThat(unknown.source()).isEqualTo(FILE);
        assertThat(unknown.line()).isEqualTo(1);
        assertThat(unknown.record()).isEqualTo("header");
        assertThat(unknown.field()).contains("column " + (header.indexOf("Specificity") + 1));
        assertThat(unknown.value()).contains("Specifcity");
        assertThat(unknown.message()).contains("did you mean 'Specificity'");
        assertThat(problems).anySatisfy(p -> assertThat(p.toString()).contains("Specificity")
                .contains("required column is missing"));
    }

    @Test
    void anUnknownExtraColumnIsIgnoredAndReportedOnlyInLenientMode() throws IOException {
        List<String> extended = new ArrayList<>(header);
        extended.add("Reviewer");
        List<List<String>> rows = records.stream().map(r -> append(r, "someone")).toList();

        assertThat(problems(() -> strict(csv(extended, rows)))).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("unknown column"));
        Imported lenient = OgpCommitmentsImporter.lenient().read(new StringReader(csv(extended, rows)), FILE);
        assertThat(lenient.publication().commitments()).hasSize(3);
        assertThat(lenient.rejected()).singleElement().satisfies(p -> assertThat(p.value()).contains("Reviewer"));
    }

    @Test
    void aRecordWithTheWrongNumberOfFieldsIsReportedWithItsNumberAndFirstLine() throws IOException {
        List<List<String>> rows = new ArrayList<>(records);
        rows.set(1, records.get(1).subList(0, header.size() - 1));
        String text = csv(header, rows);

        ImportProblem problem = problems(() -> strict(text)).get(0);
        assertThat(problem.record()).isEqualTo("record 2");
        assertThat(problem.line()).isEqualTo(firstLineOfRecord(text, 2));
        assertThat(problem.message()).isEqualTo("has " + (header.size() - 1) + " fields; the header has "
                + header.size());

        Imported lenient = OgpCommitmentsImporter.lenient().read(new StringReader(text), FILE);
        assertThat(lenient.publication().commitments()).extracting(Commitment::identifier)
                .containsExactlyInAnyOrder(records.get(0).get(0), records.get(2).get(0));
        assertThat(lenient.rejected()).containsExactly(problem);
    }

    @Test
    void anUnknownCodeValueIsReportedWithColumnValueAndTheValuesAllowed() throws IOException {
        String text = csv(header, changeCell(2, "Completion (End Of Term)", v -> "Substantail"));

        ImportProblem problem = problems(() -> strict(text)).get(0);
        assertThat(problem.toString()).startsWith(FILE + ":" + firstLineOfRecord(text, 3)
                + ": record 3, in 'Completion (End Of Term)', value 'Substantail': unknown value; expected one of");
        assertThat(problem.message()).contains("Substantial", "Not Started", "ND, NR, NA");

        Imported lenient = OgpCommitmentsImporter.lenient().read(new StringReader(text), FILE);
        assertThat(lenient.publication().commitments()).hasSize(2);
        assertThat(lenient.rejected()).containsExactly(problem);
    }

    @Test
    void everyBadCellOfARecordIsReportedNotJustTheFirst() {
        List<List<String>> rows = changeCell(0, "Verifiable", v -> "Maybe");
        rows = changeCell(rows, 0, "Anti-Corruption and Integrity", v -> "2");
        rows = changeCell(rows, 0, "Year Of Submission", v -> "twenty");
        String text = csv(header, rows);

        assertThat(problems(() -> strict(text))).extracting(p -> p.field().orElseThrow())
                .containsExactlyInAnyOrder("Verifiable", "Anti-Corruption and Integrity", "Year Of Submission");
    }

    @Test
    void aRecordThatContradictsAnEarlierOneAboutItsMemberIsLeftOut() throws IOException {
        List<List<String>> rows = changeCell(1, "Region", v -> v.equals("Europe") ? "Americas" : "Europe");

        Imported lenient = OgpCommitmentsImporter.lenient().read(new StringReader(csv(header, rows)), FILE);

        assertThat(lenient.publication().commitments()).hasSize(2);
        assertThat(lenient.rejected()).singleElement().satisfies(p -> {
            assertThat(p.record()).isEqualTo("record 2");
            assertThat(p.field()).contains("Code");
            assertThat(p.message()).contains("an earlier record gives this member as");
        });
    }

    @Test
    void aRepeatedCommitmentIdentifierIsReported() {
        List<List<String>> rows = changeCell(2, "Commitment Unique Identifier", v -> records.get(0).get(0));

        assertThat(problems(() -> strict(csv(header, rows)))).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("another record has the same commitment identifier"));
    }

    @Test
    void brokenCsvAndEmptyFilesFailEvenWhenLenient() {
        String unclosed = csv(header, records) + "\"AB0001,unclosed quote\n";
        assertThatThrownBy(() -> OgpCommitmentsImporter.lenient().read(new StringReader(unclosed), FILE))
                .isInstanceOf(ImportException.class).hasMessageContaining("broken CSV");
        assertThatThrownBy(() -> OgpCommitmentsImporter.lenient().read(new StringReader(""), FILE))
                .isInstanceOf(ImportException.class).hasMessageContaining("the file is empty");
    }

    private static Imported strict(String text) throws IOException {
        return OgpCommitmentsImporter.strict().read(new StringReader(text), FILE);
    }

    private interface Import {
        Imported run() throws IOException;
    }

    private static List<ImportProblem> problems(Import action) {
        try {
            action.run();
        } catch (ImportException e) {
            return e.problems();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("expected an ImportException");
    }

    private static List<List<String>> changeCell(int record, String column, UnaryOperator<String> change) {
        return changeCell(records, record, column, change);
    }

    private static List<List<String>> changeCell(List<List<String>> rows, int record, String column,
                                                 UnaryOperator<String> change) {
        List<List<String>> changed = new ArrayList<>(rows);
        List<String> row = new ArrayList<>(rows.get(record));
        int at = header.indexOf(column);
        row.set(at, change.apply(row.get(at)));
        changed.set(record, row);
        return changed;
    }

    private static List<String> replace(List<String> list, String from, String to) {
        return list.stream().map(v -> v.equals(from) ? to : v).toList();
    }

    private static List<String> append(List<String> list, String value) {
        List<String> longer = new ArrayList<>(list);
        longer.add(value);
        return longer;
    }

    private static String csv(List<String> head, List<List<String>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord(head);
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toString();
    }

    /** The physical line (from 1) where data record {@code n} starts, counted by Commons CSV. */
    private static long firstLineOfRecord(String text, int n) {
        try (CSVParser parser = CSVFormat.DEFAULT.parse(new StringReader(text))) {
            CSVRecord record = parser.getRecords().get(n);
            return text.substring(0, (int) record.getCharacterPosition()).chars().filter(c -> c == '\n').count() + 1;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
