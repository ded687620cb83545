package org.ogpld.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Publications for tests: one that fills every field of every record, one with only what is required. */
public final class Fixtures {

    public static final Id PRESS_RELEASE = Id.of(Kind.DOCUMENT, "press-release");
    public static final Id PLAN_DRAFT = Id.of(Kind.DOCUMENT, "strategic-plan");
    public static final Id EPF = Id.of(Kind.ORGANISATION, "eurasia-partnership-foundation");
    public static final Id MINISTRY = Id.of(Kind.ORGANISATION, "netherlands-mfa");
    public static final Id AZERBAIJAN = Id.of(Kind.ORGANISATION, "azerbaijan");
    public static final Id PLATFORM = Id.of(Kind.ORGANISATION, "ogp-platform");
    public static final Id CENTRE = Id.of(Kind.ORGANISATION, "asan-centre-1");
    public static final Id COMPANY = Id.of(Kind.ORGANISATION, "holiday-inn-company");
    public static final Id NURIYEV = Id.of(Kind.PERSON, "alimammad-nuriyev");
    public static final Id SAFARALIYEVA = Id.of(Kind.PERSON, "rana-safaraliyeva");
    public static final Id COORDINATOR = Id.of(Kind.POST, "platform-coordinator");
    public static final Id MEMBERSHIP = Id.of(Kind.MEMBERSHIP, "epf-in-platform");
    public static final Id PERSON_MEMBERSHIP = Id.of(Kind.MEMBERSHIP, "nuriyev-in-platform");
    public static final Id HOTEL = Id.of(Kind.PLACE, "holiday-inn");
    public static final Id ROUND_TABLE = Id.of(Kind.EVENT, "round-table");
    public static final Id PLAN = Id.of(Kind.ACTION_PLAN, "ap-aze02");
    public static final Id COMMITMENT = Id.of(Kind.COMMITMENT, "az0038");
    public static final Id STUDY = Id.of(Kind.STUDY, "asan-monitoring");

    private Fixtures() {
    }

    /** The authoring example of {@code model/README.md}: the seed press release. */
    public static String roundTableYaml() {
        try (java.io.InputStream in = Fixtures.class.getResourceAsStream("authoring/round-table.yaml")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static Text text(String az, String en) {
        return Text.of("az", az, "en", en);
    }

    public static Code code(String scheme, String code) {
        return Code.of(scheme, code);
    }

    /** Every record kind, every optional field set, every date precision, every missing-value form. */
    public static Publication full() {
        return Publication.builder("round-table-2017", new Provenance(PRESS_RELEASE, text("Press-reliz", "Press release"),
                        Optional.of("https://creativecommons.org/licenses/by/4.0/"), Set.of(EPF, NURIYEV),
                        Optional.of(Text.en("Typed up by hand."))))
                .document(pressRelease())
                .document(Document.builder(PLAN_DRAFT, DocumentKind.PLAN, text("Strateji plan", "Strategic plan"))
                        .draft(true).creators(List.of(PLATFORM)).build())
                .organisation(Organisation.builder(EPF, OrganisationKind.NGO,
                                text("Avrasiya Əməkdaşlıq Fondu", "Eurasia Partnership Foundation"))
                        .acronym("EPF", "en").acronym("AƏF", "az")
                        .otherNames(List.of(LangString.of("Eurasia Foundation", "en")))
                        .description(Text.en("A foundation.")).country(GeoName.AZERBAIJAN)
                        .identifier(Identifier.wikidata("Q5411590")).identifier(Identifier.of("iati", "AZ-EPF"))
                        .identifier(Identifier.of("opencorporates", "az/123"))
                        .homepage("https://epfound.az/").build())
                .organisation(Organisation.builder(MINISTRY, OrganisationKind.PUBLIC_ORGANISATION,
                        Text.en("Ministry of Foreign Affairs of the Netherlands")).country(new GeoName(2750405)).build())
                .organisation(Organisation.builder(AZERBAIJAN, OrganisationKind.OGP_MEMBER, text("Azərbaycan", "Azerbaijan"))
                        .memberStatus(code(Schemes.MEMBER_STATUS, "active"))
                        .identifier(Identifier.of(Identifier.OGP_MEMBER, "AZE")).build())
                .organisation(Organisation.builder(PLATFORM, OrganisationKind.COLLABORATION,
                        text("AHT Platforması", "OGP Platform")).parent(EPF).build())
                .organisation(Organisation.builder(CENTRE, OrganisationKind.UNIT, Text.az("ASAN xidmət mərkəzi 1"))
                        .parent(AZERBAIJAN).build())
                .organisation(Organisation.builder(COMPANY, OrganisationKind.FORMAL_ORGANISATION,
                        Text.en("Holiday Inn company")).build())
                .person(Person.builder(NURIYEV, text("Əliməmməd Nuriyev", "Alimammad Nuriyev"))
                        .givenName(text("Əliməmməd", "Alimammad")).familyName(text("Nuriyev", "Nuriyev"))
                        .patronymicName(Text.az("Əli oğlu")).otherNames(List.of(LangString.of("Алимамед Нуриев", "ru")))
                        .birthDate(DateValue.of(Year.of(1960))).deathDate(DateValue.asWritten("ND"))
                        .gender("male").identifier(Identifier.wikidata("Q4724942")).build())
                .person(Person.builder(SAFARALIYEVA, text("Rəna Səfərəliyeva", "Rena Safaraliyeva"))
                        .honorificPrefix(text("Dr.", "Dr.")).build())
                .post(new Post(COORDINATOR, text("Koordinator", "Coordinator"), PLATFORM,
                        Optional.of(code(Schemes.ROLE, "coordinator")), Set.of(NURIYEV)))
                .membership(new Membership(MEMBERSHIP, EPF, PLATFORM, Optional.of(code(Schemes.ROLE, "member")),
                        Optional.of(text("Platforma üzvü", "Platform member")), Optional.of(Interval.of(
                                DateValue.of(YearMonth.of(2016, 3), "March 2016"), DateValue.asWritten("ongoing")))))
                .membership(new Membership(PERSON_MEMBERSHIP, NURIYEV, PLATFORM, Optional.empty(), Optional.empty(),
                        Optional.of(Interval.of(DateValue.of(OffsetDateTime.of(2017, 1, 2, 9, 30, 0, 0,
                                ZoneOffset.ofHours(4))), DateValue.of(LocalDate.of(2018, 12, 31))))))
                .place(new Place(HOTEL, PlaceKind.HOTEL, text("Holiday Inn oteli", "Holiday Inn hotel"),
                        Optional.of(new Address(text("Bakı, Azərbaycan", "Baku, Azerbaijan"),
                                Optional.of(Text.az("Ataturk prospekti")), Optional.of("1"), Optional.of("AZ1069"),
                                Optional.of(text("Bakı", "Baku")), Optional.of(text("Azərbaycan", "Azerbaijan")))),
                        Set.of(GeoName.BAKU, GeoName.AZERBAIJAN)))
                .event(roundTable())
                .actionPlan(NationalActionPlan.builder(PLAN, text("İkinci plan", "Second plan")).identifier("AP_AZE02")
                        .number(2).submittedBy(AZERBAIJAN).submitted(DateValue.of(Year.of(2016)))
                        .start(DateValue.of(Year.of(2016))).end(DateValue.of(Year.of(2018), "2018"))
                        .description(Text.en("Plan.")).url("https://www.opengovpartnership.org/az/").build())
                .commitment(commitment())
                .study(new MonitoringStudy(STUDY, text("Monitorinq", "Monitoring"), Optional.of(Text.en("Nine centres.")),
                        Set.of(EPF), Set.of(MINISTRY), Optional.of(DateValue.of(YearMonth.of(2017, 7))), List.of(
                        new Observation(Id.of(Kind.OBSERVATION, "asan-courtesy"), CENTRE,
                                code(Schemes.SERVICE_QUALITY_CRITERION, "courtesy"),
                                code(Schemes.SERVICE_QUALITY_LEVEL, "high"), Optional.of(new BigDecimal("4.50"))),
                        new Observation(Id.of(Kind.OBSERVATION, "asan-satisfaction"), CENTRE,
                                code(Schemes.SERVICE_QUALITY_CRITERION, "citizen-satisfaction"),
                                code(Schemes.SERVICE_QUALITY_LEVEL, "low"), Optional.empty()))))
                .note(new DataQualityNote(ROUND_TABLE, text("İki tarix.", "Two dates."), List.of(
                        new Claim("https://schema.org/startDate",
                                DateValue.of(LocalDate.of(2017, 7, 28), "28 İyul 2017"), Optional.of(PRESS_RELEASE),
                                Optional.of(text("başlıq", "header"))),
                        new Claim("https://schema.org/startDate", DateValue.of(LocalDate.of(2017, 7, 13)),
                                Optional.of(PRESS_RELEASE), Optional.of(Text.en("body text"))),
                        new Claim("https://schema.org/endDate", DateValue.asWritten("the same evening"),
                                Optional.empty(), Optional.empty()))))
                .note(new DataQualityNote(PRESS_RELEASE, Text.en("Counts disagree."), List.of(
                        new Claim("https://w3id.org/ogp-ld/ns#participantCount", new Count(59), Optional.of(PRESS_RELEASE),
                                Optional.empty()),
                        new Claim("http://purl.org/dc/terms/alternative", LangString.of("Press-reliz", "az"),
                                Optional.empty(), Optional.empty()))))
                .build();
    }

    private static Document pressRelease() {
        return Document.builder(PRESS_RELEASE, DocumentKind.PRESS_RELEASE, text("Press-reliz", "Press release"))
                .description(Text.en("About a round table.")).issued(DateValue.of(LocalDate.of(2017, 7, 28), "28 İyul 2017"))
                .language("az").language("en").publisher(EPF).creators(List.of(NURIYEV, EPF))
                .url("https://example.org/press/1").about(List.of(ROUND_TABLE, STUDY)).build();
    }

    private static Event roundTable() {
        return Event.builder(ROUND_TABLE, text("Dəyirmi masa", "Round table"))
                .type(code(Schemes.EVENT_TYPE, "round-table")).description(text("Müzakirə", "Discussion"))
                .venue(HOTEL).organisers(List.of(EPF)).funders(List.of(MINISTRY)).partOf(List.of(PLATFORM))
                .participantCount(59)
                .participation(Participation.of(code(Schemes.PARTICIPANT_CATEGORY, "state-body"), 15))
                .participation(new Participation(code(Schemes.PARTICIPANT_CATEGORY, "ngo-non-member"), Optional.empty(),
                        Optional.of(Text.en("NGOs that are not members"))))
                .talk(Talk.builder(2, text("Təqdimat", "Presentation"), SAFARALIYEVA).topic(text("ASAN", "ASAN"))
                        .about(List.of(STUDY, PLAN_DRAFT)).build())
                .talk(Talk.builder(1, text("Açılış nitqi", "Opening speech"), NURIYEV)
                        .speakerPosts(List.of(COORDINATOR)).build())
                .build();
    }

    private static Commitment commitment() {
        return Commitment.builder(COMMITMENT, "AZ0038", text("Açıq məlumat", "Open data")).number("4.2").actionPlan(PLAN)
                .shortTitle(Text.en("Open data")).description(Text.en("Full text.")).theme(Text.en("Open Data"))
                .start(DateValue.of(LocalDate.of(2016, 8, 1), "8/1/16")).end(DateValue.asWritten("September 2018"))
                .leadInstitutions(List.of(MINISTRY)).supportingInstitutions(List.of(EPF, PLATFORM))
                .policyAreas(List.of(code(Schemes.POLICY_AREA, "open-parliaments"),
                        code(Schemes.POLICY_TAG, "open-data")))
                .relevantValues(List.of(code(Schemes.OGP_VALUE, "access-to-information")))
                .missingFlag(new MissingFlag(code(Schemes.POLICY_AREA, "digital-participation"), MissingValue.ND))
                .missingFlag(new MissingFlag(code(Schemes.OGP_VALUE, "civic-participation"), MissingValue.NR))
                .milestone(new Milestone(1, Text.en("Draft"), Optional.of(Text.en("A draft.")),
                        Optional.of(DateValue.of(YearMonth.of(2016, 9))), Optional.of(DateValue.of(Year.of(2017)))))
                .milestone(new Milestone(2, Text.en("Adopt"), Optional.empty(), Optional.empty(), Optional.empty()))
                .assessment(IrmAssessment.builder()
                        .specificity(code(Schemes.SPECIFICITY, "high")).verifiable(Answer.of(true))
                        .potentialImpact(MissingValue.ND.code())
                        .midTermCompletion(code(Schemes.COMPLETION, "substantial"))
                        .endOfTermCompletion(MissingValue.NR.code()).starred(Answer.missing(MissingValue.NA))
                        .endOfTermStarred(Answer.of(false))
                        .potentialForResults(code(Schemes.POTENTIAL_FOR_RESULTS, "modest"))
                        .earlyResults(code(Schemes.EARLY_RESULTS, "significant"))
                        .didItOpenGovernment(code(Schemes.DID_IT_OPEN_GOVERNMENT, "major"))
                        .didItOpenGovernmentAccessToInformation(code(Schemes.DID_IT_OPEN_GOVERNMENT, "marginal"))
                        .didItOpenGovernmentCivicParticipation(MissingValue.NA.code())
                        .didItOpenGovernmentPublicAccountability(code(Schemes.DID_IT_OPEN_GOVERNMENT, "outstanding"))
                        .midTermReportYear(DateValue.of(Year.of(2017))).endOfTermReportYear(DateValue.asWritten("ND"))
                        .build())
                .url("https://www.opengovpartnership.org/members/azerbaijan/commitments/AZ0038/")
                .build();
    }

    /** One resource of every kind with only its required fields. */
    public static Publication minimal() {
        return Publication.builder("minimal", Provenance.of(PRESS_RELEASE, Text.az("Mənbə")))
                .document(Document.builder(PRESS_RELEASE, DocumentKind.OTHER, Text.az("Sənəd")).build())
                .organisation(Organisation.builder(EPF, OrganisationKind.NGO, Text.az("Fond")).build())
                .person(Person.builder(NURIYEV, Text.az("Nuriyev")).build())
                .post(new Post(COORDINATOR, Text.az("Koordinator"), EPF, Optional.empty(), Set.of()))
                .membership(new Membership(MEMBERSHIP, NURIYEV, EPF, Optional.empty(), Optional.empty(), Optional.empty()))
                .place(new Place(HOTEL, PlaceKind.PLACE, Text.az("Yer"), Optional.empty(), Set.of()))
                .event(Event.builder(ROUND_TABLE, Text.az("Tədbir"))
                        .talk(Talk.builder(1, Text.az("Nitq"), NURIYEV).build()).build())
                .actionPlan(NationalActionPlan.builder(PLAN, Text.az("Plan")).build())
                .commitment(Commitment.builder(COMMITMENT, "AZ0001", Text.az("Öhdəlik"))
                        .assessment(IrmAssessment.builder().build()).build())
                .study(new MonitoringStudy(STUDY, Text.az("Tədqiqat"), Optional.empty(), Set.of(), Set.of(),
                        Optional.empty(), List.of()))
                .build();
    }
}
