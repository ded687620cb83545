package org.ogpld.bench.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ProfileExtractorTest {

    private static final Path CSV = Path.of(System.getProperty("ogpld.shared"), "data", "ogp-commitments",
            "open_parliament_0703.csv");

    @Test
    void committedProfileIsWhatTheRealSpreadsheetGives() throws Exception {
        assertThat(CommitmentProfile.load()).isEqualTo(ProfileExtractor.extract(CSV));
    }

    @Test
    void profileCountsTheSpreadsheetsCommitmentsAndMembers() {
        CommitmentProfile profile = CommitmentProfile.load();
        assertThat(profile.commitments()).isEqualTo(558);
        assertThat(profile.members()).hasSize(75);
        assertThat(profile.members().stream().flatMap(m -> m.plans().stream())
                .mapToInt(CommitmentProfile.Plan::commitments).sum()).isEqualTo(558);
        assertThat(profile.assessments().stream().mapToInt(CommitmentProfile.Weighted::count).sum()).isEqualTo(558);
        assertThat(profile.values().stream().mapToInt(CommitmentProfile.Weighted::count).sum()).isEqualTo(558);
    }

    @Test
    void completionCountsEqualAnIndependentCountOfTheColumn() throws Exception {
        long substantial = java.nio.file.Files.readString(CSV).lines().count(); // sanity that the file is there
        assertThat(substantial).isGreaterThan(558);
        CommitmentProfile profile = CommitmentProfile.load();
        int fromProfile = profile.assessments().stream()
                .filter(w -> "substantial".equals(w.value().midTermCompletion()))
                .mapToInt(CommitmentProfile.Weighted::count).sum();
        assertThat(fromProfile).isEqualTo(countCells(CSV, "Completion (Progress Report)", "Substantial"));
    }

    /** Counts cells with RFC 4180 parsing done here by hand, independently of the extractor's Jackson reader. */
    private static int countCells(Path csv, String column, String value) throws Exception {
        String text = java.nio.file.Files.readString(csv);
        java.util.List<java.util.List<String>> records = new java.util.ArrayList<>();
        java.util.List<String> record = new java.util.ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n') {
                record.add(cell.toString().replace("\r", ""));
                cell.setLength(0);
                records.add(record);
                record = new java.util.ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        int at = records.get(0).indexOf(column);
        return (int) records.stream().skip(1).filter(r -> r.size() > at && r.get(at).strip().equals(value)).count();
    }
}
