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
    void bothConflictingDatesAreKeptEachAttributedToThePressReleaseWithANote() {
        assertThat(rows("""
                SELECT ?date ?asWritten WHERE { ?claim a rdf:Statement ; rdf:predicate schema:startDate ;
                    rdf:object ?date ; prov:value ?asWritten ; prov:wasDerivedFrom ?doc . ?doc a schema:NewsArticle }"""))
                .containsExactlyInAnyOrderEntriesOf(Map.of("2017-07-28", "28 İyul 2017", "2017-07-13", "13.07.2017-ci il"));
        assertThat(strings("SELECT ?note WHERE { ?e a cv:PublicEvent ; ogp:dataQualityNote ?note FILTER(lang(?note) = 'en') }"))
                .singleElement().asString().contains("28 July 2017", "13.07.2017");
    }

    @Test
    void itTookPlaceAtTheHolidayInnInBakuOrganisedByEurasiaPartnershipFoundationFundedByTheNetherlands() {
        assertThat(strings("""
                SELECT ?venue WHERE { ?e a cv:PublicEvent ; schema:location ?p . ?p a schema:Hotel ;
                    schema:name ?venue ; schema:containedInPlace <https://sws.geonames.org/587084/> FILTER(lang(?venue) = 'az') }"""))
                .containsExactly("Holiday Inn oteli");
        assertThat(strings("""
                SELECT ?name WHERE { ?e a cv:PublicEvent ; schema:organizer/skos:prefLabel ?name FILTER(lang(?name) = 'az') }"""))
                .containsExactly("Avrasiya Əməkdaşlıq Fondu");
        assertThat(strings("""
                SELECT ?name WHERE { ?e a cv:PublicEvent ; schema:funder/skos:prefLabel ?name FILTER(lang(?name) = 'az') }"""))
                .containsExactly("Niderland Xarici İşlər Nazirliyi");
    }

    /** People known only by name are scoped by the publication that names them (model/README.md, minting rules). */
    private static final String SCOPE = "-ogp-dialogue-platform-round-table-2017";

    @Test
    void fivePeopleSpokeInSixTalksInTheOrderOfThePressRelease() {
        assertThat(strings("""
                SELECT ?speaker WHERE { ?e a cv:PublicEvent ; schema:subEvent ?talk .
                    ?talk schema:position ?n ; schema:performer/foaf:name ?speaker FILTER(lang(?speaker) = 'az') }
                ORDER BY ?n"""))
                .containsExactly("Əliməmməd Nuriyev", "Kamal Cəfərov", "Sabit Bağirov", "Rəna Səfərəliyeva",
                        "Zaur İbrahimli", "Əliməmməd Nuriyev");
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
                SELECT ?post WHERE { ?talk schema:performer ?p ; ogp:speakerPost/skos:prefLabel ?post .
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
                SELECT ?issued WHERE { ?d a schema:NewsArticle ; dct:issued ?issued ;
                    dct:language <http://publications.europa.eu/resource/authority/language/AZE> }"""))
                .containsExactly("2017-07-28");
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
