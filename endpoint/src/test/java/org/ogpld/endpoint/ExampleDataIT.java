package org.ogpld.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.SKOS;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.QueryResults;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sparql.SPARQLRepository;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The example data as README's run command serves it: the seed publication from the jar and the real OGP commitments
 * spreadsheet from {@code ../shared/data}, loaded into an empty store and asked through RDF4J's SPARQL client.
 */
@ExampleDataServer
class ExampleDataIT {

    private static final String PREFIXES = """
            PREFIX cv: <http://data.europa.eu/m8g/>
            PREFIX ogp: <https://w3id.org/ogp-ld/ns#>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX schema: <https://schema.org/>
            """;

    @LocalServerPort
    int port;

    private SPARQLRepository repository;
    private Http http;


    @BeforeEach
    void connect() {
        repository = new SPARQLRepository("http://localhost:" + port + "/ogp/sparql");
        repository.init();
        http = new Http(port);
    }

    @AfterEach
    void disconnect() {
        repository.shutDown();
    }

    @Test
    void theSeedRoundTableIsServedWithItsCountsAndSpeakers() {
        assertThat(value("SELECT ?n WHERE { ?e a cv:PublicEvent ; ogp:participantCount ?n }")).isEqualTo("59");
        assertThat(value("""
                SELECT (COUNT(DISTINCT ?speaker) AS ?n) WHERE { ?e a cv:PublicEvent ; schema:subEvent/schema:performer ?speaker }"""))
                .isEqualTo("5");
        assertThat(value("SELECT ?name WHERE { ?p foaf:name ?name FILTER(STRSTARTS(?name, 'Əli')) }"))
                .isEqualTo("Əliməmməd Nuriyev");
    }

    @Test
    void everyCommitmentOfTheSpreadsheetIsServedInTheUnionDefaultGraph() {
        assertThat(value("SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c a ogp:Commitment }")).isEqualTo("558");
        assertThat(value("SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m a ogp:OgpMember ; ogp:region ?region }"))
                .isEqualTo("75");
    }

    @Test
    void eachSourceDocumentHasItsOwnNamedGraphBesideTheVocabulary() {
        assertThat(value("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")).isEqualTo("3");
    }

    @Test
    void theStoreHoldsEveryCodeOfTheVocabularyInTheVocabularyGraph() throws IOException {
        Model codes;
        try (InputStream in = getClass().getResourceAsStream("/org/ogpld/vocab/codes.ttl")) {
            codes = Rio.parse(in, org.eclipse.rdf4j.rio.RDFFormat.TURTLE);
        }
        int inVocabulary = codes.filter(null, RDF.TYPE, SKOS.CONCEPT).subjects().size();
        assertThat(inVocabulary).isGreaterThan(100);
        assertThat(value("SELECT (COUNT(*) AS ?n) { GRAPH <https://w3id.org/ogp-ld/graph/vocabulary> "
                + "{ ?c a <http://www.w3.org/2004/02/skos/core#Concept> } }")).isEqualTo(String.valueOf(inVocabulary));
        assertThat(Integer.parseInt(value("SELECT (COUNT(DISTINCT ?c) AS ?n) "
                + "{ ?c a <http://www.w3.org/2004/02/skos/core#Concept> }"))).isGreaterThanOrEqualTo(inVocabulary);
    }

    @Test
    void theCompletionChartHasLabelsInBothLanguagesLevelsInOrderAndMissingValuesLast() throws IOException {
        List<BindingSet> rows = rows(chart("completion"));
        assertThat(rows).hasSizeGreaterThan(3).allSatisfy(row -> {
            assertThat(row.getValue("labelEn")).isNotNull();
            assertThat(row.getValue("labelAz")).isNotNull();
        });
        List<String> english = rows.stream().map(row -> row.getValue("labelEn").stringValue()).toList();
        assertThat(english).containsSubsequence("Not started", "Limited", "Substantial", "Complete");
        int firstMissing = english.indexOf("No data");
        assertThat(firstMissing).isPositive();
        assertThat(rows.subList(firstMissing, rows.size()))
                .allSatisfy(row -> assertThat(row.getValue("missing").stringValue()).isEqualTo("true"));
        assertThat(rows.subList(0, firstMissing))
                .allSatisfy(row -> assertThat(row.getValue("missing").stringValue()).isEqualTo("false"));
        assertThat(rows(chart("policy"))).isNotEmpty().allSatisfy(row -> {
            assertThat(row.getValue("labelEn")).isNotNull();
            assertThat(row.getValue("labelAz")).isNotNull();
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Cafarov", "cafarov", "Cəfərov", "Kamal Jafarov"})
    void searchFindsKamalCafarovHoweverHisNameIsSpelled(String spelling) {
        String page = search("q=" + Http.encode(spelling) + "&lang=az");
        String hits = page.substring(page.indexOf("<ol class=\"hits\""));
        assertThat(hits.substring(0, hits.indexOf("</li>"))).as("the first hit").contains("Kamal Cəfərov");
        assertThat(page).containsPattern("\\d+ nəticə; səhifə 1 / \\d+");
    }

    @Test
    void searchFindsMinistriesOfJusticeSaysHowManyAndPages() {
        String first = search("q=ministry+justice&lang=en");
        Matcher count = Pattern.compile("(\\d+) results?; page 1 of (\\d+)").matcher(first);
        assertThat(count.find()).as(first).isTrue();
        assertThat(Integer.parseInt(count.group(1))).isGreaterThan(1);
        assertThat(first).containsIgnoringCase("Ministry of Justice");
        String hits = first.substring(first.indexOf("<ol class=\"hits\""), first.indexOf("</ol>"));
        assertThat(hits.split("<li>").length - 1).isEqualTo(Math.min(20, Integer.parseInt(count.group(1))));
        String organisations = search("q=ministry+justice&kind=organisation&lang=az");
        assertThat(organisations).contains("nəticə; səhifə 1");
        assertThat(organisations.substring(organisations.indexOf("<ol class=\"hits\""))).doesNotContain(">Öhdəlik<");
    }

    @Test
    void aBrowsePageWithThreeFacetsListsExactlyWhatTheEquivalentSparqlReturns() throws IOException {
        String completion = """
                OPTIONAL { ?a ogp:endOfTermCompletion ?e } OPTIONAL { ?a ogp:midTermCompletion ?m }
                BIND(COALESCE(?e, ?m) AS ?level)""";
        BindingSet largest = rows(PREFIXES + "SELECT ?member ?area ?level (COUNT(DISTINCT ?c) AS ?n) WHERE { "
                + "?c a ogp:Commitment ; ogp:actionPlan/ogp:submittedBy ?member ; ogp:policyArea ?area ; "
                + "ogp:assessment ?a . " + completion + " FILTER(BOUND(?level)) } "
                + "GROUP BY ?member ?area ?level ORDER BY DESC(?n) LIMIT 1").get(0);
        String member = largest.getValue("member").stringValue();
        String area = largest.getValue("area").stringValue();
        String level = largest.getValue("level").stringValue();
        List<String> expected = rows(PREFIXES + "SELECT DISTINCT ?c WHERE { ?c a ogp:Commitment ; "
                + "ogp:actionPlan/ogp:submittedBy <" + member + "> ; ogp:policyArea <" + area + "> ; "
                + "ogp:assessment ?a . " + completion + " FILTER(?level = <" + level + ">) }").stream()
                .map(row -> row.getValue("c").stringValue()).sorted().toList();
        assertThat(expected).hasSizeGreaterThan(1).hasSizeLessThanOrEqualTo(50);

        String selection = "member=" + Http.encode(member) + "&policy-area=" + Http.encode(area) + "&completion="
                + Http.encode(level);
        HttpResponse<String> csv = http.send(http.request("/browse/commitment.csv?" + selection));
        assertThat(csv.statusCode()).isEqualTo(200);
        List<String> listed = csv.body().lines().skip(1).map(line -> line.substring(1, line.indexOf("\",")))
                .sorted().toList();
        assertThat(listed).isEqualTo(expected);

        String html = http.send(http.request("/browse/commitment?" + selection + "&lang=en")
                .header("Accept", "text/html")).body();
        assertThat(html).contains(expected.size() + " resources; page 1 of 1")
                .contains("href=\"/browse/commitment.csv?completion=");
        HttpResponse<String> jsonLd = http.send(http.request("/browse/commitment.jsonld?" + selection));
        Model collection = Rio.parse(new java.io.StringReader(jsonLd.body()), "",
                org.eclipse.rdf4j.rio.RDFFormat.JSONLD);
        assertThat(collection.filter(null, org.eclipse.rdf4j.model.util.Values.iri(
                "http://www.w3.org/ns/hydra/core#member"), null).objects().stream().map(v -> v.stringValue())
                .sorted().toList()).isEqualTo(expected);
    }

    @Test
    void theHomePageCountsLinkToBrowsePagesThatAnswerHtml() {
        String home = http.send(http.request("/?lang=en").header("Accept", "text/html")).body();
        Matcher link = Pattern.compile("href=\"(/browse/[a-z-]+)\\?lang=en\"").matcher(home);
        List<String> links = new java.util.ArrayList<>();
        while (link.find()) {
            links.add(link.group(1));
        }
        assertThat(links).contains("/browse/commitment", "/browse/event", "/browse/person");
        for (String path : links) {
            HttpResponse<String> page = http.send(http.request(path + "?lang=az").header("Accept", "text/html"));
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        }
    }

    @Test
    void everyNavigationLinkOfEveryPageLeadsToHtmlAndKeepsTheLanguage() {
        for (String page : List.of("/?lang=az", "/search?q=Cafarov&lang=az", "/browse/commitment?lang=az",
                "/browse/commitment?policy-area=" + Http.encode(policyArea()) + "&lang=az", "/catalog?lang=az",
                "/ns?lang=az")) {
            HttpResponse<String> response = http.send(http.request(page).header("Accept",
                    "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"));
            assertThat(response.statusCode()).as(page).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).as(page).startsWith("text/html");
            String body = response.body();
            String nav = body.substring(body.indexOf("<nav"), body.indexOf("</nav>"));
            Matcher href = Pattern.compile("href=\"([^\"]+)\"").matcher(nav);
            int links = 0;
            while (href.find()) {
                String target = href.group(1).replace("&amp;", "&");
                assertThat(target).as(page + " links " + target).contains("lang=az");
                HttpResponse<String> next = http.send(http.request(target).header("Accept", "text/html"));
                assertThat(next.statusCode()).as(target).isEqualTo(200);
                assertThat(next.headers().firstValue("Content-Type").orElse("")).as(target).startsWith("text/html");
                links++;
            }
            assertThat(links).as(page).isGreaterThanOrEqualTo(4);
            String english = page.replace("lang=az", "lang=en").replace("&", "&amp;");
            assertThat(body).as("the switch to English keeps the query").contains("href=\"" + english + "\"");
        }
    }

    private String policyArea() {
        return value("SELECT ?a WHERE { ?c ogp:policyArea ?a } GROUP BY ?a ORDER BY DESC(COUNT(?c)) LIMIT 1");
    }

    @Test
    void theCatalogueIsAPageForBrowsersAndRdfForClients() {
        String page = http.send(http.request("/catalog?lang=en").header("Accept", "text/html")).body();
        assertThat(page).contains("<h1>Catalogue</h1>").contains("/ogp/sparql").contains("/dump/ogp.nq.gz")
                .contains("https://creativecommons.org/licenses/by/4.0/");
        HttpResponse<String> turtle = http.send(http.request("/catalog").header("Accept", "*/*"));
        assertThat(turtle.headers().firstValue("Content-Type").orElse("")).startsWith("text/turtle");
    }

    @Test
    void browsersGetErrorPagesInTheSiteLayoutAndOtherClientsProblemDetails() {
        HttpResponse<String> page = http.send(http.request("/no/such/page?lang=az").header("Accept", "text/html"));
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("<nav").contains("404").contains("href=\"/?lang=az\"");
        HttpResponse<String> kind = http.send(http.request("/browse/unicorn").header("Accept", "text/html"));
        assertThat(kind.statusCode()).isEqualTo(404);
        assertThat(kind.body()).contains("unicorn");
        HttpResponse<String> problem = http.send(http.request("/no/such/page").header("Accept", "application/json"));
        assertThat(problem.statusCode()).isEqualTo(404);
        assertThat(problem.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    private String search(String query) {
        HttpResponse<String> response = http.send(http.request("/search?" + query).header("Accept", "text/html"));
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static String chart(String id) throws IOException {
        try (InputStream in = ExampleDataIT.class.getResourceAsStream("/org/ogpld/endpoint/web/charts/" + id + ".rq")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private List<BindingSet> rows(String query) {
        try (RepositoryConnection connection = repository.getConnection()) {
            return QueryResults.asList(connection.prepareTupleQuery(query).evaluate());
        }
    }

    private String value(String select) {
        try (RepositoryConnection connection = repository.getConnection()) {
            BindingSet row = QueryResults.asList(connection.prepareTupleQuery(PREFIXES + select).evaluate()).get(0);
            return row.getValue(row.getBindingNames().iterator().next()).stringValue();
        }
    }
}
