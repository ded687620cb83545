package org.ogpld.endpoint.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measured quality on {@code gold-standard.tsv}: names from the sheet's institutions and members and the seed's
 * organisations and people, spelled as real lists spell them, each with its correct IRI or {@code none}. Figures
 * (see docs/RECONCILIATION.md): precision, recall and F1 of the first candidate and of {@code match: true}, and
 * recall at 3.
 */
class GoldStandardTest {

    private static final String GOLD = "/org/ogpld/endpoint/reconcile/gold-standard.tsv";
    private static final String BASE = DefaultData.BASE + "id/";

    private static List<Row> rows;
    private static Figures figures;

    /** One hand-checked pair. */
    record Row(String query, String type, List<Query.Constraint> constraints, String expected, String variant) {}

    /** Counts over the gold standard. */
    record Figures(int rows, int expectedMatches, Counts top, Counts match, int foundInThree) {
        double recallAt3() {
            return (double) foundInThree / expectedMatches;
        }
    }

    /** True and false positives and false negatives of one decision rule. */
    record Counts(int truePositives, int falsePositives, int falseNegatives) {
        double precision() {
            return (double) truePositives / (truePositives + falsePositives);
        }

        double recall() {
            return (double) truePositives / (truePositives + falseNegatives);
        }

        double f1() {
            return 2 * precision() * recall() / (precision() + recall());
        }
    }

    @BeforeAll
    static void reconcileEveryRow() throws IOException {
        rows = read();
        Reconciler reconciler = new Reconciler(new TokenIndex(DefaultData.entities()), ReconcileProperties.defaults());
        int[] top = new int[3];
        int[] match = new int[3];
        int expectedMatches = 0;
        int inThree = 0;
        for (Row row : rows) {
            Set<EntityType> types = row.type().isEmpty() ? Set.of() : Set.of(EntityType.of(row.type()).orElseThrow());
            List<Candidate> candidates = reconciler.reconcile(new Query(row.query(), types, 3, row.constraints()));
            Optional<String> first = candidates.stream().findFirst().map(c -> c.entity().iri());
            Optional<String> matched = candidates.stream().filter(Candidate::match).findFirst().map(c -> c.entity().iri());
            count(top, first, row.expected());
            count(match, matched, row.expected());
            if (!row.expected().equals("none")) {
                expectedMatches++;
                if (candidates.stream().anyMatch(c -> c.entity().iri().equals(row.expected()))) {
                    inThree++;
                }
            }
        }
        figures = new Figures(rows.size(), expectedMatches, new Counts(top[0], top[1], top[2]),
                new Counts(match[0], match[1], match[2]), inThree);
        System.out.printf("Gold standard: %d rows (%d with an IRI). First candidate P %.3f R %.3f F1 %.3f; "
                + "match:true P %.3f R %.3f F1 %.3f; recall@3 %.3f%n", figures.rows(), expectedMatches,
                figures.top().precision(), figures.top().recall(), figures.top().f1(), figures.match().precision(),
                figures.match().recall(), figures.match().f1(), figures.recallAt3());
    }

    /** A prediction is a true positive when it is the expected IRI, a false positive otherwise. */
    private static void count(int[] counts, Optional<String> predicted, String expected) {
        boolean expectsOne = !expected.equals("none");
        if (predicted.isPresent() && predicted.get().equals(expected)) {
            counts[0]++;
        } else {
            predicted.ifPresent(p -> counts[1]++);
            if (expectsOne) {
                counts[2]++;
            }
        }
    }

    @Test
    void theGoldStandardHasAtLeast150HandCheckedPairsWithSomeThatMatchNothing() {
        assertThat(figures.rows()).isGreaterThanOrEqualTo(150);
        assertThat(rows).filteredOn(r -> r.expected().equals("none")).hasSizeGreaterThanOrEqualTo(10);
        assertThat(rows).allMatch(r -> r.expected().equals("none") || r.expected().startsWith(BASE));
    }

    @Test
    void everyExpectedIriIsInTheStore() {
        Set<String> iris = new java.util.HashSet<>();
        DefaultData.entities().forEach(e -> iris.add(e.iri()));
        assertThat(rows).filteredOn(r -> !r.expected().equals("none")).allMatch(r -> iris.contains(r.expected()));
    }

    @Test
    void matchTrueIsRightAtLeast95TimesIn100() {
        assertThat(figures.match().precision()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void theRightEntityIsAmongTheFirstThreeAtLeast90TimesIn100() {
        assertThat(figures.recallAt3()).isGreaterThanOrEqualTo(0.9);
    }

    private static List<Row> read() throws IOException {
        List<Row> read = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                GoldStandardTest.class.getResourceAsStream(GOLD), StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                if (fields.length != 5) {
                    throw new IllegalStateException(GOLD + ":" + number + ": expected 5 tab-separated fields");
                }
                read.add(new Row(fields[0], fields[1], constraints(fields[2]), fields[3], fields[4]));
            }
        }
        return read;
    }

    private static List<Query.Constraint> constraints(String field) {
        List<Query.Constraint> constraints = new ArrayList<>();
        for (String part : field.split(";")) {
            if (!part.isBlank()) {
                String[] pair = part.split("=", 2);
                constraints.add(new Query.Constraint(pair[0], List.of(pair[1])));
            }
        }
        return constraints;
    }
}
