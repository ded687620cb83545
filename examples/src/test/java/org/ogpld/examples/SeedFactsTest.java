package org.ogpld.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ogpld.model.publish.RdfFormat;

/** What the press release says, asked of the published Turtle with SPARQL, fact by fact. */
class SeedFactsTest {

    private static final String PREFIXES = """
            PREFIX cv: <http://data.europa.eu/m8g/>
            PREFIX dct: <http://purl.org/dc/terms/>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX ogp: <https://w3id.org/ogp-ld/ns#>
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX qb: <http://purl.org/linked-data/cube#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX schema: <https://schema.org/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            """;

    private static Model seed;

    @BeforeAll
    static void readPublishedTurtle() throws IOException {
        seed = ModelFactory.createDefaultModel();
        try (InputStream in = SeedFiles.open(RdfFormat.TURTLE)) {
            RDFDataMgr.read(seed, in, Lang.TURTLE);
        }
    }

    @Test
    void theRoundTableHadFiftyNineParticipantsFifteenFromStateBodiesAndSevenFromEmbassies() {
        assertThat(strings("""
                SELECT ?total WHERE { ?e a cv:PublicEvent ; dct:type <https://w3id.org/ogp-ld/code/event-type/round-table> ;
                                         ogp:participantCount ?total }""")).containsExactly("59");
        assertThat(rows("""
                SELECT ?category ?count WHERE { ?e a cv:PublicEvent ; cv:hasParticipation ?p .
                    ?p cv:role ?role . BIND(STRAFTER(STR(?role), "participant-category/") AS ?category)
                    OPTIONAL { ?p ogp:participantCount ?n } BIND(COALESCE(STR(?n), "uncounted") AS ?count) }"""))
                .containsExactlyInAnyOrderEntriesOf(Map.of("state-body", "15", "embassy", "7",
                        "ngo-platform-member", "uncounted", "ngo-non-member", "uncounted"));
    }

    @Test
    void bothConflictingDaysAreClaimsAttributedToThePressReleaseAndOnlyTheMonthTheyShareIsAsserted() {
        assertThat(rows("""
                SELECT ?date ?asWritten WHERE { ?claim a ogp:Claim ; rdf:predicate schema:startDate ;
                    rdf:object ?date ; prov:value ?asWritten ; prov:wasDerivedFrom ?doc . ?doc a schema:NewsArticle }"""))
                .containsExactlyInAnyOrderEntriesOf(Map.of("2017-07-28", "28 İyul 2017", "2017-07-13", "13.07.2017-ci il"));
        assertThat(strings("SELECT ?note WHERE { ?e a cv:PublicEvent ; ogp:dataQualityNote ?note FILTER(lang(?note) = 'en') }"))
                .singleElement().asString().contains("28 July 2017", "13.07.2017");
        assertThat(strings("""
                SELECT (CONCAT(STR(?date), " ", STR(DATATYPE(?date))) AS ?d) WHERE { ?e a cv:PublicEvent ;
                    schema:startDate ?date }"""))
                .containsExactly("2017-07 http://www.w3.org/2001/XMLSchema#gYearMonth");
        assertThat(strings("SELECT ?issued WHERE { ?d a schema:NewsArticle ; dct:issued ?issued }")).isEmpty();
    }

    @Test
    void itTookPlaceAtTheHolidayInnInBakuWithinTheProgrammeWithoutAnOrganiserOrFunderTheSourceDoesNotName() {
        assertThat(strings("""
                SELECT ?venue WHERE { ?e a cv:PublicEvent ; schema:location ?p . ?p a schema:Hotel ;
                    schema:name ?venue ; schema:containedInPlace <https://sws.geonames.org/587084/> FILTER(lang(?venue) = 'az') }"""))
                .containsExactly("Holiday Inn oteli");
        assertThat(strings("SELECT ?who WHERE { ?e a cv:PublicEvent ; schema:organizer|schema:funder ?who }"))
                .isEmpty();
        assertThat(strings("""
                SELECT ?name WHERE { ?e a cv:PublicEvent ; dct:isPartOf/skos:prefLabel ?name
                    FILTER(lang(?name) = 'en') }"""))
                .contains("Promoting Human Rights, Democratisation and Good Governance in Azerbaijan Programme");
    }

    /** People known only by name are scoped by the publication that names them (model/README.md, minting rules). */
    private static final String SCOPE = "-ogp-dialogue-platform-round-table-2017";

    @Test
    void theNetherlandsMinistryFundsTheProgrammeAndEurasiaPartnershipFoundationImplementsIt() {
        assertThat(rows("""
                SELECT ?funder ?implementer WHERE { ?programme schema:funder/skos:prefLabel ?funder ;
                    ogp:implementedBy/skos:prefLabel ?implementer ; skos:prefLabel ?name
                    FILTER(lang(?funder) = 'az' && lang(?implementer) = 'az' && CONTAINS(?name, "Proqramı")) }"""))
                .containsExactlyEntriesOf(Map.of("Niderland Xarici İşlər Nazirliyi", "Avrasiya Əməkdaşlıq Fondu"));
    }

    @Test
    void transparencyAzerbaijanConductedTheStudyAndPresentedItButIsNotItsPublisher() {
        assertThat(strings("""
                SELECT ?name WHERE { ?study a ogp:MonitoringStudy ; prov:wasAttributedTo/skos:prefLabel ?name
                    FILTER(lang(?name) = 'az') }"""))
                .containsExactly("Şəffaflıq-Azərbaycan");
        assertThat(strings("SELECT ?who WHERE { ?study a ogp:MonitoringStudy ; dct:publisher ?who }")).isEmpty();
        assertThat(strings("""
                SELECT ?name WHERE { ?talk schema:about ?study ;
                    dct:type <https://w3id.org/ogp-ld/code/event-type/presentation> ;
                    schema:performer/foaf:name ?name . ?study a ogp:MonitoringStudy FILTER(lang(?name) = 'az') }"""))
                .containsExactly("Rəna Səfərəliyeva");
    }

    @Test
    void theStudyObservedNineServiceCentresOfNineStateBodies() {
        assertThat(rows("""
                SELECT ?centres ?bodies WHERE { ?study a ogp:MonitoringStudy ; ogp:serviceCentresObserved ?centres ;
                    ogp:stateBodiesCovered ?bodies }"""))
                .containsExactlyEntriesOf(Map.of("9", "9"));
        assertThat(strings("SELECT ?o WHERE { ?o ogp:serviceCentre ?unit }")).isEmpty();
    }

    @Test
    void theStudyHasTwoObjectivesAndTwoRecommendationsTheSecondOfThemPrincipal() {
        assertThat(strings("""
                SELECT ?text WHERE { ?study ogp:objective ?o . ?o schema:position ?n ; dct:description ?text
                    FILTER(lang(?text) = 'en') } ORDER BY ?n"""))
                .hasSize(2).last().asString().contains("recommendations");
        assertThat(rows("""
                SELECT ?criterion ?principal WHERE { ?study ogp:recommendation ?r . ?r dct:subject ?c .
                    OPTIONAL { ?r ogp:principal ?p } BIND(STRAFTER(STR(?c), "criterion/") AS ?criterion)
                    BIND(COALESCE(STR(?p), "false") AS ?principal) }"""))
                .containsExactlyInAnyOrderEntriesOf(Map.of("transparency", "false", "convenience", "false",
                        "citizen-satisfaction", "true"));
    }

    @Test
    void theStrategicActionPlanCoversTwoThousandSeventeenToTwentyTwenty() {
        assertThat(rows("""
                SELECT ?start ?end WHERE { ?plan schema:creativeWorkStatus "Draft" ; schema:startDate ?start ;
                    schema:endDate ?end }"""))
                .containsExactlyEntriesOf(Map.of("2017", "2020"));
    }

    @Test
    void theAgendaKeepsTheAnsweredQuestionsTheSecondPartAndTheClosingDiscussion() {
        assertThat(strings("""
                SELECT ?type WHERE { ?e a cv:PublicEvent ; schema:subEvent ?item . ?item schema:position ?n .
                    OPTIONAL { ?item dct:type ?t } BIND(STRAFTER(STR(?t), "event-type/") AS ?type) } ORDER BY ?n"""))
                .containsExactly("speech", "speech", "questions-and-answers", "speech", "presentation",
                        "questions-and-answers", "presentation", "questions-and-answers", "discussion",
                        "closing-remarks");
        assertThat(strings("""
                SELECT ?speaker WHERE { ?item ogp:agendaPart 2 ; schema:performer/foaf:name ?speaker
                    FILTER(lang(?speaker) = 'az') }"""))
                .containsExactly("Rəna Səfərəliyeva");
        assertThat(strings("""
                SELECT ?item WHERE { ?item dct:type <https://w3id.org/ogp-ld/code/event-type/discussion>
                    FILTER NOT EXISTS { ?item schema:performer ?anyone } }"""))
                .hasSize(1);
    }

    @Test
    void theGraphStatesItsProvenanceAndThatNoLicenceIsKnown() {
        assertThat(strings("""
                SELECT ?licence WHERE { ?g a ogp:SourceGraph ; dct:license ?licence ; ogp:retrievedOn ?on ;
                    ogp:transcribedBy ?t ; ogp:translatedBy ?tr ; prov:generatedAtTime ?at ; ogp:generatedWith ?with ;
                    prov:wasDerivedFrom/dct:publisher ?publisher }"""))
                .containsExactly("https://w3id.org/ogp-ld/code/licence/none-known");
    }

    @Test
    void fivePeopleSpokeInTheOrderOfThePressRelease() {
        assertThat(strings("""
                SELECT ?speaker WHERE { ?e a cv:PublicEvent ; schema:subEvent ?talk .
                    ?talk schema:position ?n ; schema:performer/foaf:name ?speaker FILTER(lang(?speaker) = 'az') }
                ORDER BY ?n"""))
                .containsExactly("Əliməmməd Nuriyev", "Kamal Cəfərov", "Kamal Cəfərov", "Sabit Bağirov",
                        "Rəna Səfərəliyeva", "Rəna Səfərəliyeva", "Zaur İbrahimli", "Zaur İbrahimli",
                        "Əliməmməd Nuriyev");
        assertThat(strings("SELECT ?person WHERE { ?person a foaf:Person }"))
                .extracting(iri -> iri.substring(iri.lastIndexOf('/') + 1))
                .containsExactlyInAnyOrder("alimammad-nuriyev" + SCOPE, "kamal-cafarov" + SCOPE,
                        "sabit-bagirov" + SCOPE, "rana-safaraliyeva" + SCOPE, "zaur-ibrahimli" + SCOPE);
        assertThat(strings("SELECT ?prefix WHERE { ?p foaf:name 'Rəna Səfərəliyeva'@az ; schema:honorificPrefix ?prefix }"))
                .containsOnly("Dr.");
    }

    @Test
    void kamalCafarovSpokeAsCommissionSecretaryAndOgpNationalCoordinator() {
        assertThat(strings("""
                SELECT DISTINCT ?post WHERE { ?talk schema:performer ?p ; ogp:speakerPost/skos:prefLabel ?post .
                    ?p foaf:name 'Kamal Cəfərov'@az FILTER(lang(?post) = 'en') }"""))
                .containsExactlyInAnyOrder("Secretary of the Commission on Combating Corruption",
                        "OGP National Coordinator for Azerbaijan");
    }

    @Test
    void theMonitoringStudyScoredSixCriteriaAsTheTextReports() {
        assertThat(rows("""
                SELECT ?criterion ?level WHERE { ?o a qb:Observation ; qb:dataSet ?study ;
                    ogp:criterion ?c ; ogp:level ?l . ?study a ogp:MonitoringStudy .
                    BIND(STRAFTER(STR(?c), "criterion/") AS ?criterion) BIND(STRAFTER(STR(?l), "level/") AS ?level) }"""))
                .containsExactlyInAnyOrderEntriesOf(Map.of("courtesy", "high", "responsibility", "high",
                        "promptness", "high", "convenience", "medium", "transparency", "medium",
                        "citizen-satisfaction", "low"));
    }

    @Test
    void theDraftStrategicPlanAndThePressReleaseArePublishedAsDocuments() {
        assertThat(strings("""
                SELECT ?title WHERE { ?talk schema:about ?plan . ?plan schema:creativeWorkStatus "Draft" ;
                    dct:title ?title FILTER(lang(?title) = 'en') }"""))
                .containsExactly("Strategic Action Plan of the OGP Platform for 2017–2020");
        assertThat(strings("""
                SELECT ?d WHERE { ?d a schema:NewsArticle ;
                    dct:language <http://publications.europa.eu/resource/authority/language/AZE> }"""))
                .hasSize(1);
    }

    private static List<String> strings(String select) {
        try (QueryExecution exec = QueryExecution.model(seed).query(PREFIXES + select).build()) {
            List<String> values = new ArrayList<>();
            exec.execSelect().forEachRemaining(row -> values.add(text(row, row.varNames().next())));
            return values;
        }
    }

    private static Map<String, String> rows(String select) {
        try (QueryExecution exec = QueryExecution.model(seed).query(PREFIXES + select).build()) {
            ResultSet results = exec.execSelect();
            List<String> vars = results.getResultVars();
            Map<String, String> values = new TreeMap<>();
            results.forEachRemaining(row -> values.put(text(row, vars.get(0)), text(row, vars.get(1))));
            return values;
        }
    }

    private static String text(QuerySolution row, String var) {
        RDFNode node = row.get(var);
        return node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString();
    }
}
