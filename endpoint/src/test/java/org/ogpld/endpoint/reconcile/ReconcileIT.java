package org.ogpld.endpoint.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ogpld.endpoint.ExampleDataServer;
import org.ogpld.endpoint.Http;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /reconcile} on the default store (the seed press release and the commitments sheet): every answer
 * validates against the Reconciliation Service API 0.2 schemas, read from the test resources.
 */
@ExampleDataServer
class ReconcileIT {

    private static final String ID = "https://w3id.org/ogp-ld/id/";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void theManifestNamesVersionTwoAndEveryServiceAndValidates() {
        JsonNode manifest = json(http.send(http.request("/reconcile").GET()), "manifest");
        assertThat(manifest.get("versions").get(0).stringValue()).isEqualTo("0.2");
        assertThat(manifest.get("identifierSpace").stringValue()).isEqualTo("https://w3id.org/ogp-ld/id/");
        assertThat(manifest.get("view").get("url").stringValue()).isEqualTo(http.url("/id/{{id}}"));
        assertThat(manifest.get("defaultTypes").findValuesAsString("id"))
                .containsExactly("member", "organisation", "person", "commitment", "action-plan", "event");
        assertThat(manifest.get("suggest").get("entity").get("service_path").stringValue())
                .isEqualTo("/reconcile/suggest/entity");
    }

    @Test
    void kamalJafarovAsAPersonIsKamalCafarovMatched() {
        JsonNode result = reconcile("""
                {"q0": {"query": "Kamal Jafarov", "type": "person"}}""").get("q0").get("result");
        assertThat(result.get(0).get("name").stringValue()).isEqualTo("Kamal Cəfərov");
        assertThat(result.get(0).get("id").stringValue())
                .isEqualTo("person/kamal-cafarov-ogp-dialogue-platform-round-table-2017");
        assertThat(result.get(0).get("match").asBoolean()).isTrue();
    }

    @Test
    void commitmentIdentifiersMatchTheirCommitmentsInABatch() {
        JsonNode batch = reconcile("""
                {"q0": {"query": "AL0002"}, "q1": {"query": "al-0002", "type": "commitment", "limit": 1},
                 "q2": {"query": "AP_ALB01", "type": ["action-plan"]}}""");
        assertThat(first(batch, "q0").get("id").stringValue()).isEqualTo("commitment/al0002");
        assertThat(first(batch, "q0").get("match").asBoolean()).isTrue();
        assertThat(batch.get("q1").get("result")).hasSize(1);
        assertThat(first(batch, "q1").get("id").stringValue()).isEqualTo("commitment/al0002");
        assertThat(first(batch, "q2").get("id").stringValue()).isEqualTo("action-plan/ap-alb01");
    }

    @Test
    void aNameTheStoreHoldsForSeveralThingsReturnsThemAllUnmatched() {
        JsonNode result = reconcile("""
                {"q0": {"query": "Ministry of Justice", "type": "organisation", "limit": 10}}""")
                .get("q0").get("result");
        List<String> ids = new ArrayList<>();
        result.forEach(candidate -> ids.add(candidate.get("id").stringValue()));
        assertThat(ids).hasSize(10).contains("organisation/alb-ministry-of-justice");
        assertThat(result.findValues("match")).hasSize(10).allMatch(m -> !m.asBoolean());
        assertThat(result.findValues("score")).allMatch(score -> score.asDouble() == 100);
    }

    @Test
    void aMemberConstraintPicksTheOneInstitutionOfThatMember() {
        JsonNode batch = reconcile("""
                {"q0": {"query": "Ministry of Justice", "type": "organisation",
                        "properties": [{"pid": "member", "v": "Ukraine"}]},
                 "q1": {"query": "ministry of justice", "type": "organisation",
                        "properties": [{"pid": "member", "v": {"id": "organisation/ogp-member-alb"}}]}}""");
        assertThat(first(batch, "q0").get("id").stringValue()).isEqualTo("organisation/ukr-ministry-of-justice");
        assertThat(first(batch, "q0").get("match").asBoolean()).isTrue();
        assertThat(first(batch, "q1").get("id").stringValue()).isEqualTo("organisation/alb-ministry-of-justice");
    }

    @Test
    void aFormPostReconcilesLikeAGet() {
        HttpResponse<String> response = http.send(http.request("/reconcile")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("queries=" + Http.encode("""
                        {"q0": {"query": "Şəffaflıq Azərbaycan"}}"""))));
        JsonNode batch = json(response, "reconciliation-result-batch");
        assertThat(first(batch, "q0").get("id").stringValue()).isEqualTo("organisation/saffafliq-azarbaycan");
    }

    @Test
    void suggestServicesAnswerByPrefixAndValidate() {
        JsonNode entities = json(http.send(http.request("/reconcile/suggest/entity?prefix=" + Http.encode("kamal caf")
                + "&type=person").GET()), "suggest-entities-response");
        assertThat(entities.get("result").get(0).get("name").stringValue()).isEqualTo("Kamal Cəfərov");
        JsonNode types = json(http.send(http.request("/reconcile/suggest/type?prefix=comm").GET()),
                "suggest-types-response");
        assertThat(types.get("result").findValuesAsString("id")).containsExactly("commitment");
        JsonNode properties = json(http.send(http.request("/reconcile/suggest/property?prefix=mem&type=commitment")
                .GET()), "suggest-properties-response");
        assertThat(properties.get("result").findValuesAsString("id")).containsExactly("member");
        JsonNode proposed = json(http.send(http.request("/reconcile/properties?type=commitment").GET()),
                "data-extension-property-proposal");
        assertThat(proposed.get("properties").findValuesAsString("id"))
                .contains("actionPlan", "policyArea", "completion", "starred");
    }

    @Test
    void dataExtensionFetchesACommitmentsPlanPolicyAreasCompletionAndStar() {
        String request = """
                {"ids": ["commitment/al0002", "person/no-such-person"],
                 "properties": [{"id": "actionPlan"}, {"id": "member"}, {"id": "policyArea"},
                                {"id": "midTermCompletion"}, {"id": "starred"}]}""";
        assertThat(ReconcileSchemas.errors("data-extension-query", JSON.readTree(request))).isEmpty();
        JsonNode answer = json(http.send(http.request("/reconcile?extend=" + Http.encode(request)).GET()),
                "data-extension-response");
        JsonNode row = answer.get("rows").get("commitment/al0002");
        assertThat(row.get("actionPlan").get(0).get("id").stringValue()).isEqualTo("action-plan/ap-alb01");
        assertThat(row.get("member").get(0).get("name").stringValue()).isEqualTo("Albania");
        assertThat(row.get("policyArea").findValuesAsString("str")).hasSize(3);
        assertThat(row.get("midTermCompletion").get(0).get("str").stringValue()).isEqualToIgnoringCase("substantial");
        assertThat(row.get("starred").get(0).get("str").stringValue()).isEqualTo("false");
        assertThat(answer.get("rows").get("person/no-such-person").get("starred")).isEmpty();
    }

    @Test
    void thePreviewIsAnEscapedHtmlCard() {
        HttpResponse<String> preview = http.send(http.request("/reconcile/preview?id="
                + Http.encode("organisation/konstitusiya-arasdirmalar-fondu")).GET());
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(preview.body()).contains("“Konstitusiya” Araşdırmalar Fondu", "/doc/organisation/");
        HttpResponse<String> missing = http.send(http.request("/reconcile/preview?id="
                + Http.encode("<script>x</script>")).GET());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    }

    @Test
    void theLinksBetweenTheDefaultSourcesAreAnEmptyDescribedLinkset() {
        HttpResponse<String> response = http.send(http.request("/reconcile/links").GET());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/turtle");
        org.apache.jena.rdf.model.Model links = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        org.apache.jena.riot.RDFParser.fromString(response.body(), org.apache.jena.riot.Lang.TURTLE).parse(links);
        assertThat(links.listStatements(null, org.apache.jena.vocabulary.OWL.sameAs,
                (org.apache.jena.rdf.model.RDFNode) null).toList()).isEmpty();
        assertThat(links.contains(links.createResource("https://w3id.org/ogp-ld/graph/reconciliation-links"),
                org.apache.jena.vocabulary.RDF.type, org.apache.jena.vocabulary.VOID.Dataset)).isTrue();
    }

    @Test
    void badQueriesGet400NamingTheJsonPath() {
        HttpResponse<String> type = http.send(http.request("/reconcile?queries="
                + Http.encode("{\"q0\": {\"query\": \"x\", \"type\": \"agency\"}}")).GET());
        assertThat(type.statusCode()).isEqualTo(400);
        assertThat(type.body()).contains("queries.q0.type: unknown type 'agency'");
        HttpResponse<String> property = http.send(http.request("/reconcile?queries=" + Http.encode(
                "{\"q0\": {\"query\": \"x\", \"properties\": [{\"pid\": \"colour\", \"v\": \"red\"}]}}")).GET());
        assertThat(property.body()).contains("queries.q0.properties[0].pid: unknown property 'colour'");
        HttpResponse<String> notJson = http.send(http.request("/reconcile?queries=" + Http.encode("{q0")).GET());
        assertThat(notJson.statusCode()).isEqualTo(400);
    }

    private JsonNode reconcile(String queries) {
        assertThat(ReconcileSchemas.errors("reconciliation-query-batch", JSON.readTree(queries))).isEmpty();
        return json(http.send(http.request("/reconcile?queries=" + Http.encode(queries)).GET()),
                "reconciliation-result-batch");
    }

    private static JsonNode first(JsonNode batch, String key) {
        return batch.get(key).get("result").get(0);
    }

    private static JsonNode json(HttpResponse<String> response, String schema) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode json = JSON.readTree(response.body());
        assertThat(ReconcileSchemas.errors(schema, json)).as(response.body()).isEmpty();
        return json;
    }
}
