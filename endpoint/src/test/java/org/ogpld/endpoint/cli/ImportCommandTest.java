package org.ogpld.endpoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ogpld import} on the real OGP spreadsheet and EveryPolitician file, its output read by RDF4J. */
class ImportCommandTest {

    private static final String BASE = "https://data.example.org/";
    private static final IRI COMMITMENT = SimpleValueFactory.getInstance().createIRI("https://w3id.org/ogp-ld/ns#Commitment");
    private static Cli trig;

    @TempDir
    Path temp;

    @BeforeAll
    static void importTheSpreadsheet() {
        trig = Cli.run("import", "ogp-csv", Cli.CSV.toString(), "--base", BASE);
    }

    @Test
    void importsTheSpreadsheetAsTrigInItsOwnGraph() throws IOException {
        assertThat(trig.code()).as(trig.err()).isEqualTo(ExitCodes.OK);
        Model model = trig.rdf(RDFFormat.TRIG);
        assertThat(model.contexts()).singleElement().asString()
                .matches(java.util.regex.Pattern.quote(BASE + "graph/open-parliament-0703-") + "[0-9a-f]{8}");
        IRI graph = (IRI) model.contexts().iterator().next();

        assertThat(model.filter(null, RDF.TYPE, COMMITMENT, graph).subjects()).hasSize(558);
        assertThat(trig.err()).as("one line: what, how many statements, where, how long").matches(
                "Imported [0-9,]+ statements from \\S+open_parliament_0703\\.csv into <" + java.util.regex.Pattern.quote(
                        graph.stringValue()) + "> \\(standard output\\) in [0-9.]+ s\\R");
    }

    @Test
    void theGraphOptionNamesTheGraphAndItsProvenance() throws IOException {
        Path csv = temp.resolve("sheet.csv");
        Files.writeString(csv, String.join("\n", firstRecords(4)) + "\n", StandardCharsets.UTF_8);
        String graph = "https://data.example.org/graph/sheet-2024-03-07";

        Cli result = Cli.run("import", "ogp-csv", csv.toString(), "--base", BASE, "--graph", graph, "--to", "nq");

        assertThat(result.code()).as(result.err()).isEqualTo(ExitCodes.OK);
        Model model = result.rdf(RDFFormat.NQUADS);
        IRI named = SimpleValueFactory.getInstance().createIRI(graph);
        assertThat(model.contexts()).containsExactly(named);
        assertThat(model.filter(named, null, null).isEmpty()).as("the graph's own provenance").isFalse();
        assertThat(Cli.run("import", "ogp-csv", csv.toString(), "--graph", graph, "--to", "ttl").code())
                .isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void nQuadsToAFileHoldTheSameGraphAsTheTrig() throws IOException {
        Path csv = temp.resolve("sheet.csv");
        Files.writeString(csv, String.join("\n", firstRecords(4)) + "\n", StandardCharsets.UTF_8);
        Path out = temp.resolve("commitments.nq");

        Cli nq = Cli.run("import", "ogp-csv", csv.toString(), "--to", "nq", "-o", out.toString());
        Cli sameAsTrig = Cli.run("import", "ogp-csv", csv.toString());

        assertThat(nq.code()).isEqualTo(ExitCodes.OK);
        assertThat(nq.stdout()).isEmpty();
        Path probe = Files.createFile(temp.resolveSibling(temp.getFileName() + "-probe"));
        assertThat(Files.getPosixFilePermissions(out)).as("as any new file (0644 under umask 022), not 0600")
                .isEqualTo(Files.getPosixFilePermissions(probe));
        Files.delete(probe);
        assertThat(nq.err()).contains("Imported ").contains("(" + out + ")");
        Model fromFile = org.eclipse.rdf4j.rio.Rio.parse(Files.newInputStream(out), "", RDFFormat.NQUADS);
        assertThat(fromFile.filter(null, RDF.TYPE, COMMITMENT).subjects()).hasSize(3);
        Model fromTrig = sameAsTrig.rdf(RDFFormat.TRIG);
        // Each run stamps the time it generated the graph, which may differ by a second between the two runs.
        var generatedAt = org.eclipse.rdf4j.model.util.Values.iri("http://www.w3.org/ns/prov#generatedAtTime");
        fromFile.remove(null, generatedAt, null);
        fromTrig.remove(null, generatedAt, null);
        assertThat(Models.isomorphic(fromFile, fromTrig)).isTrue();
        try (var files = Files.list(temp)) {
            assertThat(files).containsExactlyInAnyOrder(csv, out);
        }
    }

    @Test
    void importsPopoloAsTurtleWithAzerbaijaniNames() throws IOException {
        Cli ttl = Cli.run("import", "popolo", Cli.POPOLO.toString(), "--to", "ttl");

        assertThat(ttl.code()).as(ttl.err()).isEqualTo(ExitCodes.OK);
        Model model = ttl.rdf(RDFFormat.TURTLE);
        assertThat(model.filter(null, RDF.TYPE, SimpleValueFactory.getInstance()
                .createIRI("http://www.w3.org/ns/person#Person")).subjects()).hasSize(152);
        assertThat(ttl.text()).contains("\"Vasif Talıbov\"@az");
    }

    @Test
    void aMisspeltColumnIsInvalidInputWithTheRecordAndNothingIsWritten() throws IOException {
        Path csv = copyWithHeader("Specificity", "Specifcity");
        Path out = temp.resolve("never.trig");

        Cli result = Cli.run("import", "ogp-csv", csv.toString(), "-o", out.toString());

        assertThat(result.code()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(result.err()).contains("sheet.csv:1: header, in 'column 109', value 'Specifcity': unknown column;"
                + " did you mean 'Specificity'?").contains("nothing imported");
        assertThat(out).doesNotExist();
    }

    @Test
    void lenientImportWritesTheGoodRecordsAndListsTheRest() throws IOException {
        List<String> lines = firstRecords(3);
        Path csv = temp.resolve("sheet.csv");
        Files.writeString(csv, String.join("\n", lines) + "\n" + lines.get(1).replaceFirst(",Albania,", ",Albania,,"),
                StandardCharsets.UTF_8);

        Cli result = Cli.run("import", "ogp-csv", csv.toString(), "--lenient", "--to", "nt");

        assertThat(result.code()).as(result.err()).isEqualTo(ExitCodes.OK);
        assertThat(result.err()).contains("rejected: " + csv + ":4: record 3").contains("fields; the header has 171");
        assertThat(result.rdf(RDFFormat.NTRIPLES).filter(null, RDF.TYPE, COMMITMENT).subjects()).hasSize(2);
    }

    @Test
    void wrongCommandLinesAreUsageErrors() {
        assertThat(Cli.run("import", "excel", Cli.CSV.toString()).code()).isEqualTo(ExitCodes.USAGE);
        assertThat(Cli.run("import", "ogp-csv").code()).isEqualTo(ExitCodes.USAGE);
        assertThat(Cli.run("import", "ogp-csv", Cli.CSV.toString(), "--to", "xlsx").code()).isEqualTo(ExitCodes.USAGE);
        assertThat(Cli.run("import", "ogp-csv", Cli.CSV.toString(), "--frame", "commitment").code())
                .isEqualTo(ExitCodes.USAGE);
        assertThat(Cli.run("import", "ogp-csv", Cli.CSV.toString(), "--base", "not an iri").code())
                .isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void helpShowsExamples() {
        Cli help = Cli.run("import", "--help");
        assertThat(help.code()).isEqualTo(ExitCodes.OK);
        assertThat(help.out()).contains("ogp-csv|popolo").contains("--lenient").contains("Examples:");
    }

    private Path copyWithHeader(String from, String to) throws IOException {
        List<String> lines = firstRecords(2);
        Path csv = temp.resolve("sheet.csv");
        Files.writeString(csv, lines.get(0).replace("," + from + ",", "," + to + ",") + "\n" + lines.get(1) + "\n",
                StandardCharsets.UTF_8);
        return csv;
    }

    /** The header and the first records of the real file, each record on one line (the first ones are). */
    private static List<String> firstRecords(int count) throws IOException {
        List<String> records = new java.util.ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : Files.readAllLines(Cli.CSV, StandardCharsets.UTF_8)) {
            current.append(current.length() > 0 ? "\n" : "").append(line);
            if (current.chars().filter(c -> c == '"').count() % 2 == 0) {
                records.add(current.toString());
                current.setLength(0);
                if (records.size() == count) {
                    break;
                }
            }
        }
        return records;
    }
}
