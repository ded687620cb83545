package org.ogpld.model.imports.ogp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.rdf.model.Resource;
import org.ogpld.model.Answer;
import org.ogpld.model.Code;
import org.ogpld.model.Commitment;
import org.ogpld.model.DateValue;
import org.ogpld.model.Id;
import org.ogpld.model.Identifier;
import org.ogpld.model.IrmAssessment;
import org.ogpld.model.Kind;
import org.ogpld.model.MissingFlag;
import org.ogpld.model.MissingValue;
import org.ogpld.model.NationalActionPlan;
import org.ogpld.model.Organisation;
import org.ogpld.model.OrganisationKind;
import org.ogpld.model.Publication;
import org.ogpld.model.Text;
import org.ogpld.model.imports.Imported;
import org.ogpld.vocab.OGPCode;
import org.ogpld.vocab.Vocab;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Imports the real OGP commitments spreadsheet ({@code ../shared/data/ogp-commitments/open_parliament_0703.csv}) and
 * checks the records against the file as read independently with Commons CSV, with concepts looked up by their
 * notation in the vocabulary.
 */
class OgpCommitmentsImporterTest {

    static final Path CSV = Path.of(System.getProperty("ogpld.shared"), "data", "ogp-commitments",
            "open_parliament_0703.csv");

    private static Publication publication;
    private static List<CSVRecord> rows;
    private static List<String> header;

    @BeforeAll
    static void importTheFileAndReadItIndependently() throws IOException {
        publication = OgpCommitmentsImporter.strict().read(CSV).publication();
        try (Reader in = Files.newBufferedReader(CSV, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().get().parse(in)) {
            header = parser.getHeaderNames();
            rows = parser.getRecords();
        }
    }

    @Test
    void importsEveryCommitmentOnceUnderItsIdentifier() {
        assertThat(rows).hasSize(558);
        assertThat(publication.commitments()).hasSize(558);
        assertThat(publication.commitments()).extracting(Commitment::identifier)
                .containsExactlyInAnyOrderElementsOf(column("Commitment Unique Identifier"));
        assertThat(publication.slug()).matches("open-parliament-0703-[0-9a-f]{8}");
    }

    @Test
    void importsEveryMemberOnceWithItsCodeAndName() {
        Map<String, String> names = rows.stream().collect(Collectors.toMap(r -> r.get("Code"),
                r -> r.get("Country/Locality"), (a, b) -> a, TreeMap::new));
        List<Organisation> members = publication.organisations().stream()
                .filter(o -> o.kind() == OrganisationKind.OGP_MEMBER).toList();

        assertThat(names).hasSize(75);
        assertThat(members).hasSize(75);
        Map<String, String> imported = members.stream().collect(Collectors.toMap(
                m -> code(m), m -> m.name().en().orElseThrow(), (a, b) -> a,
                TreeMap::new));
        assertThat(imported).isEqualTo(names);
        assertThat(members).allSatisfy(m -> assertThat(m.id().slug()).isEqualTo("ogp-member-"
                + code(m).toLowerCase(java.util.Locale.ROOT)));
    }

    @Test
    void importsOnePlanPerActionPlanIdentifierWithItsNumberAndYears() {
        Map<String, String> expected = new TreeMap<>();
        rows.forEach(r -> expected.put(r.get("Action Plan ID"), r.get("Action Plan Number") + " "
                + r.get("Year Of Submission") + "-" + r.get("Action Plan End Year")));
        Map<String, String> imported = new TreeMap<>();
        for (NationalActionPlan plan : publication.actionPlans()) {
            imported.put(plan.identifier().orElseThrow(), plan.number().orElseThrow() + " "
                    + plan.submitted().orElseThrow().iso().orElseThrow() + "-" + plan.end().orElseThrow().iso().orElseThrow());
        }
        assertThat(imported).hasSize(214).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Completion (Progress Report)", "Completion (End Of Term)"})
    void completionCountsPerLevelEqualTheFiles(String column) {
        Function<IrmAssessment, Optional<Code>> field = column.contains("Progress")
                ? IrmAssessment::midTermCompletion : IrmAssessment::endOfTermCompletion;
        Map<String, Long> expected = rows.stream().collect(Collectors.groupingBy(
                r -> conceptOf(OGPCode.completion, r.get(column)), TreeMap::new, Collectors.counting()));
        Map<String, Long> imported = publication.commitments().stream().collect(Collectors.groupingBy(
                c -> field.apply(c.assessment().orElseThrow()).orElseThrow().iri(), TreeMap::new,
                Collectors.counting()));

        assertThat(imported).isEqualTo(expected);
        assertThat(expected.keySet()).contains(OGPCode.NS + "completion/substantial", OGPCode.NS + "missing-value/no-data",
                OGPCode.NS + "missing-value/not-reviewed");
    }

    @Test
    void everyPolicyAreaFlagIsImportedAndEveryMissingFlagKeptAsSuch() {
        int from = header.indexOf("Supporting Institution(s)") + 1;
        int to = header.indexOf("Report Publication Year (Progress Report)");
        assertThat(to - from).isEqualTo(86);
        for (String column : header.subList(from, to)) {
            String concept = conceptOf(OGPCode.policyArea, OGPCode.policyTag, column);
            assertThat(count(c -> c.policyAreas().stream().anyMatch(a -> a.iri().equals(concept))))
                    .as(column).isEqualTo(rows.stream().filter(r -> r.get(column).equals("1")).count());
            for (MissingValue reason : MissingValue.values()) {
                assertThat(count(c -> c.missingFlags().stream().anyMatch(f -> f.concept().iri().equals(concept)
                        && f.reason() == reason))).as(column + " " + reason)
                        .isEqualTo(rows.stream().filter(r -> r.get(column).equals(reason.name())).count());
            }
        }
    }

    @Test
    void everyOgpValueIsImportedAndMissingValuesKeptAsSuch() {
        for (String column : header.stream().filter(h -> h.startsWith("OGP Value ")).toList()) {
            String concept = conceptOf(OGPCode.ogpValue, column.substring("OGP Value ".length()));
            assertThat(count(c -> c.relevantValues().stream().anyMatch(v -> v.iri().equals(concept))))
                    .as(column).isEqualTo(rows.stream().filter(r -> r.get(column).equals("1")).count());
            assertThat(count(c -> c.missingFlags().stream().anyMatch(f -> f.concept().iri().equals(concept))))
                    .as(column).isEqualTo(rows.stream().filter(r -> Set.of("ND", "NR", "NA").contains(r.get(column)))
                            .count());
        }
    }

    @Test
    void aPlainCommitmentIsImportedFieldByField() {
        Commitment c = commitment("AL0002");
        assertThat(c.id()).isEqualTo(new Id(Kind.COMMITMENT, "al0002"));
        assertThat(c.number()).contains("2");
        assertThat(c.actionPlan()).contains(new Id(Kind.ACTION_PLAN, "ap-alb01"));
        assertThat(c.title()).isEqualTo(Text.en("e-Acts"));
        assertThat(c.shortTitle()).contains(Text.en("e-Acts"));
        assertThat(c.theme()).contains(Text.en("e-Governance: 2012 and Onward"));
        assertThat(c.start()).contains(DateValue.asWritten("NA"));
        assertThat(c.end()).contains(DateValue.asWritten("NA"));
        assertThat(names(c.leadInstitutions())).containsExactly("Council of Ministers");
        assertThat(names(c.supportingInstitutions())).containsExactly("National Agency for Information Society");
        assertThat(codes(c.policyAreas())).containsExactlyInAnyOrder("policy-area/democratizing-decision-making",
                "policy-area/regulatory-governance", "policy-area/open-parliaments");
        assertThat(codes(c.relevantValues())).containsExactlyInAnyOrder("ogp-value/access-to-information",
                "ogp-value/public-accountability", "ogp-value/technology-and-innovation");
        assertThat(c.missingFlags()).extracting(MissingFlag::reason).containsOnly(MissingValue.ND);
        assertThat(c.url()).contains("https://opengovpartnership.org/members/albania/commitments/al0002");
        IrmAssessment a = c.assessment().orElseThrow();
        assertThat(a.specificity()).contains(Code.of("specificity", "medium"));
        assertThat(a.verifiable()).contains(Answer.of(true));
        assertThat(a.potentialImpact()).contains(Code.of("potential-impact", "moderate"));
        assertThat(a.midTermCompletion()).contains(Code.of("completion", "substantial"));
        assertThat(a.endOfTermCompletion()).contains(MissingValue.ND.code());
        assertThat(a.starred()).contains(Answer.of(false));
        assertThat(a.midTermReportYear()).contains(DateValue.of(Year.of(2014), "2014"));
        Organisation albania = organisation(c.actionPlan().flatMap(this::plan).orElseThrow().submittedBy().orElseThrow());
        assertThat(albania.name()).isEqualTo(Text.en("Albania"));
        assertThat(albania.kind()).isEqualTo(OrganisationKind.OGP_MEMBER);
        assertThat(albania.identifiers()).containsExactlyInAnyOrder(Identifier.of(Identifier.OGP_MEMBER, "ALB"),
                Identifier.of("iso-3166-1-alpha-3", "ALB"), Identifier.of("iso-3166-1-alpha-2", "AL"));
    }

    @Test
    void dayFirstDatesAndNotApplicableValuesAreReadAsTheRowWritesThem() {
        Commitment c = commitment("BG0027");
        assertThat(c.start()).contains(DateValue.of(LocalDate.of(2014, 7, 1), "1/7/2014"));
        assertThat(c.end()).contains(DateValue.of(LocalDate.of(2016, 12, 31), "31/12/2016"));
        assertThat(c.number()).contains("1.1");
        assertThat(names(c.leadInstitutions())).containsExactlyInAnyOrder("Administration of the Council of Ministers",
                "Ministry of Justice");
        assertThat(c.assessment().orElseThrow().didItOpenGovernmentPublicAccountability())
                .contains(MissingValue.NA.code());
    }

    @Test
    void yearsTypedIntoDateCellsAndNotReviewedIndicatorsAreKept() {
        Commitment c = commitment("KE0037");
        assertThat(c.start()).contains(DateValue.of(Year.of(2024), "7/16/1905"));
        assertThat(c.end()).contains(DateValue.of(Year.of(2027), "7/19/1905"));
        assertThat(c.theme()).isEmpty();
        IrmAssessment a = c.assessment().orElseThrow();
        assertThat(a.specificity()).contains(MissingValue.NR.code());
        assertThat(a.verifiable()).contains(Answer.missing(MissingValue.NR));
        assertThat(a.midTermReportYear()).contains(DateValue.asWritten("NR"));
        assertThat(c.relevantValues()).isEmpty();
        assertThat(c.missingFlags()).hasSize(4).allMatch(f -> f.reason() == MissingValue.NR
                && f.concept().scheme().equals("ogp-value"));
    }

    @Test
    void excelDayNumbersBecomeDates() {
        Commitment c = commitment("LK0032");
        assertThat(c.start()).contains(DateValue.of(LocalDate.of(2019, 3, 1), "43525"));
        assertThat(c.end()).contains(DateValue.of(LocalDate.of(2021, 8, 31), "44439"));
        assertThat(c.assessment().orElseThrow().endOfTermCompletion()).contains(Code.of("completion", "limited"));
    }

    @Test
    void aLocalMembersCommitmentSplitsItsBulletedInstitutions() {
        Commitment c = commitment("BUE0009");
        assertThat(c.leadInstitutions()).isEmpty();
        assertThat(names(c.supportingInstitutions())).contains(
                "Presidency of the Cabinet of Ministers of the Government of the City of Buenos Aires",
                "Programme on parliamentary modernisation of the Chamber of Deputies of the Nation",
                "Office of the Public Defender of the City of Buenos Aires");
        assertThat(c.assessment().orElseThrow().didItOpenGovernment()).contains(Code.of("did-it-open-government", "major"));
        Organisation member = organisation(plan(c.actionPlan().orElseThrow()).orElseThrow().submittedBy().orElseThrow());
        assertThat(member.name()).isEqualTo(Text.en("Buenos Aires, Argentina"));
        assertThat(member.id().slug()).isEqualTo("ogp-member-arba");
    }

    @Test
    void floatingPointArtefactsInCommitmentNumbersAreRepaired() {
        Commitment c = commitment("AL0042");
        assertThat(c.number()).contains("4.1");
        assertThat(c.start()).contains(DateValue.of(Year.of(2014), "2014"));
        IrmAssessment a = c.assessment().orElseThrow();
        assertThat(a.didItOpenGovernmentAccessToInformation()).contains(MissingValue.NA.code());
        assertThat(a.endOfTermCompletion()).contains(Code.of("completion", "complete"));
    }

    @Test
    void institutionsAreOneOrganisationPerMemberAndName() {
        Map<String, Long> justice = publication.organisations().stream()
                .filter(o -> o.name().en().orElseThrow().equals("Ministry of Justice"))
                .collect(Collectors.groupingBy(o -> o.id().slug(), Collectors.counting()));
        assertThat(justice).containsEntry("ukr-ministry-of-justice", 1L)
                .containsEntry("bgr-ministry-of-justice", 1L);
        assertThat(justice.values()).allMatch(n -> n == 1);
    }

    @Test
    void importingTwiceGivesTheSameRecords() throws IOException {
        assertThat(OgpCommitmentsImporter.strict().read(CSV).publication()).isEqualTo(publication);
    }

    private static String code(Organisation member) {
        return member.identifiers().stream().filter(i -> i.scheme().equals(Identifier.OGP_MEMBER))
                .map(Identifier::value).findFirst().orElseThrow();
    }

    private static long count(java.util.function.Predicate<Commitment> test) {
        return publication.commitments().stream().filter(test).count();
    }

    private static List<String> column(String name) {
        return rows.stream().map(r -> r.get(name)).toList();
    }

    private static Commitment commitment(String identifier) {
        return publication.commitments().stream().filter(c -> c.identifier().equals(identifier)).findFirst()
                .orElseThrow();
    }

    private Optional<NationalActionPlan> plan(Id id) {
        return publication.actionPlans().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    private static Organisation organisation(Id id) {
        return publication.organisations().stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> names(Set<Id> ids) {
        return ids.stream().map(id -> organisation(id).name().en().orElseThrow()).toList();
    }

    private static List<String> codes(Set<Code> codes) {
        return codes.stream().map(Code::toString).toList();
    }

    /** The IRI of the concept written {@code text} in one of {@code schemes}, or of a missing-value code. */
    private static String conceptOf(Resource scheme, String text) {
        return conceptOf(scheme, OGPCode.missingValue, text);
    }

    private static String conceptOf(Resource scheme, Resource other, String text) {
        Map<Resource, Optional<Resource>> found = new HashMap<>();
        for (Resource s : List.of(scheme, other, OGPCode.missingValue)) {
            found.put(s, Vocab.concept(s, text));
        }
        return found.values().stream().flatMap(Optional::stream).findFirst().map(Resource::getURI)
                .orElseThrow(() -> new AssertionError("no concept for '" + text + "'"));
    }
}
