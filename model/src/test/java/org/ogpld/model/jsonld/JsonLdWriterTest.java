package org.ogpld.model.jsonld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.rdf.io.nquad.NQuadsWriter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.ogpld.model.Fixtures;
import org.ogpld.model.Iris;
import org.ogpld.model.Publication;
import org.ogpld.model.authoring.AuthoringReader;
import org.ogpld.model.authoring.Syntax;
import org.ogpld.model.jsonld.JsonLdWriter.Layout;
import org.ogpld.model.rdf.PublicationMapping;
import org.ogpld.testkit.Rdf4jOracle;
import org.ogpld.vocab.Vocab;

/** Our streaming JSON-LD means the same RDF as the graph in both layouts, by two independent JSON-LD processors. */
class JsonLdWriterTest {

    /** RDF4J, given our context as a client that fetched it would have it. */
    private static final Rdf4jOracle RDF4J = Rdf4jOracle.offline().context(Vocab.CONTEXT_IRI, Vocab.context());

    private static final PublicationMapping MAPPING = new PublicationMapping(Iris.defaults());
    private static final String EVENT = "http://localhost:3030/id/event/round-table";

    static Stream<Arguments> publicationsInEachLayout() {
        Publication roundTable = new AuthoringReader().read(Fixtures.roundTableYaml(), "round-table.yaml", Syntax.YAML)
                .publication();
        List<Arguments> cases = new ArrayList<>();
        for (Publication publication : List.of(roundTable, Fixtures.full(), Fixtures.minimal())) {
            for (Layout layout : Layout.values()) {
                cases.add(Arguments.of(publication, layout));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest
    @MethodSource("publicationsInEachLayout")
    void rdf4jReadsThePublicationBack(Publication publication, Layout layout) throws Exception {
        Model model = MAPPING.toModel(publication);

        var parsed = RDF4J.parse(write(model, layout), RDFFormat.JSONLD);

        assertThat(parsed).containsExactlyInAnyOrderElementsOf(Rdf4jOracle.of(model));
        assertThat(Rdf4jOracle.isomorphic(parsed, Rdf4jOracle.of(model))).isTrue();
    }

    @ParameterizedTest
    @MethodSource("publicationsInEachLayout")
    void titaniumExpandsItToThePublication(Publication publication, Layout layout) throws Exception {
        Model model = MAPPING.toModel(publication);

        var expanded = titanium(write(model, layout));

        assertThat(expanded).containsExactlyInAnyOrderElementsOf(Rdf4jOracle.of(model));
        assertThat(Rdf4jOracle.isomorphic(expanded, Rdf4jOracle.of(model))).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void valuesThatDoNotFitTheirTermAndPartsInCyclesKeepTheirMeaning(Layout layout) throws Exception {
        Model model = ModelFactory.createDefaultModel();
        try (InputStream in = JsonLdWriterTest.class.getResourceAsStream("awkward-values.ttl")) {
            RDFDataMgr.read(model, in, Lang.TURTLE);
        }

        byte[] json = write(model, layout);

        assertThat(Rdf4jOracle.isomorphic(titanium(json), Rdf4jOracle.of(model))).isTrue();
        assertThat(Rdf4jOracle.isomorphic(RDF4J.parse(json, RDFFormat.JSONLD), Rdf4jOracle.of(model))).isTrue();
    }

    @Test
    void embeddedLayoutEmbedsOwnedPartsAndRefersToOtherResourcesById() throws Exception {
        JsonNode document = read(write(MAPPING.toModel(Fixtures.full()), Layout.EMBEDDED));

        assertThat(document.get("@context").asText()).isEqualTo(Vocab.CONTEXT_IRI);
        JsonNode talk = node(document, EVENT).get("subEvent").get(0);
        assertThat(talk.get("id").asText()).endsWith("#talk-1");
        assertThat(talk.get("performer").isTextual()).isTrue();
        assertThat(ids(document)).noneMatch(id -> id.endsWith("#talk-1"));
        JsonNode commitment = node(document, "http://localhost:3030/id/commitment/az0038");
        assertThat(commitment.get("type").toString()).contains("\"Commitment\"");
        assertThat(commitment.get("actionPlan").asText()).isEqualTo("http://localhost:3030/id/action-plan/ap-aze02");
    }

    @Test
    void flatLayoutWritesEveryResourceAtTheTopAndReferencesPartsById() throws Exception {
        JsonNode document = read(write(MAPPING.toModel(Fixtures.full()), Layout.FLAT));

        assertThat(ids(document)).contains(EVENT + "#talk-1");
        assertThat(node(document, EVENT).get("subEvent").get(0).asText()).isEqualTo(EVENT + "#talk-1");
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void keepsAzerbaijaniTextInLanguageMaps(Layout layout) throws Exception {
        JsonNode document = read(write(MAPPING.toModel(Fixtures.full()), layout));

        assertThat(node(document, EVENT).get("name").get("az").asText()).isNotBlank();
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void writesTheSameBytesForTheSameGraph(Layout layout) {
        assertThat(write(MAPPING.toModel(Fixtures.full()), layout))
                .isEqualTo(write(MAPPING.toModel(Fixtures.full()), layout));
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void plainTextUnderALanguageMapTermGoesUnderNone(Layout layout) throws Exception {
        Model model = turtle("<http://example.org/role/member> skos:prefLabel \"member\" .");

        byte[] json = write(model, layout);

        assertThat(node(read(json), "http://example.org/role/member").get("prefLabel").toString())
                .isEqualTo("{\"@none\":\"member\"}");
        assertThat(Rdf4jOracle.isomorphic(titanium(json), Rdf4jOracle.of(model))).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void valuesALanguageMapCannotHoldGoUnderTheCompactIri(Layout layout) throws Exception {
        Model model = turtle("<http://example.org/c> skos:prefLabel <http://example.org/x>, 3, \"Üzv\"@az .");

        JsonNode node = node(read(write(model, layout)), "http://example.org/c");

        assertThat(node.get("prefLabel").toString()).isEqualTo("{\"az\":\"Üzv\"}");
        assertThat(node.get("skos:prefLabel").toString()).contains("{\"id\":\"http://example.org/x\"}")
                .contains("\"type\":\"xsd:integer\"");
        assertThat(Rdf4jOracle.isomorphic(titanium(write(model, layout)), Rdf4jOracle.of(model))).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void anIriTheContextWouldReadAsACompactIriLeavesTheContextOut(Layout layout) throws Exception {
        Model model = turtle("<http://example.org/c> skos:prefLabel \"x\"@en ; skos:broader <ogp:x> .");

        byte[] json = write(model, layout);

        assertThat(JsonLdWriter.misreadUnderContext(model.getGraph())).contains("ogp:x");
        JsonNode document = read(json);
        assertThat(document.has("@context")).isFalse();
        assertThat(document.get("@graph").get(0).get("@id").asText()).isEqualTo("http://example.org/c");
        assertThat(Rdf4jOracle.isomorphic(titanium(json), Rdf4jOracle.of(model))).isTrue();
    }

    @Test
    void refusesARelativeIriNamingIt() {
        Model model = ModelFactory.createDefaultModel();
        model.add(model.createResource("relative/x"), model.createProperty("http://example.org/p"), "v");

        assertThatThrownBy(() -> write(model, Layout.FLAT)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("<relative/x>");
    }

    private static Model turtle(String statements) {
        Model model = ModelFactory.createDefaultModel();
        RDFDataMgr.read(model, new java.io.StringReader("@prefix skos: <http://www.w3.org/2004/02/skos/core#> ."
                + statements), null, Lang.TURTLE);
        return model;
    }

    private static byte[] write(Model model, Layout layout) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonLdWriter.write(model.getGraph(), layout, out);
        return out.toByteArray();
    }

    /** Expansion to RDF by Titanium (a JSON-LD processor independent of RDF4J's), read back by RDF4J. */
    private static org.eclipse.rdf4j.model.Model titanium(byte[] jsonLd) throws Exception {
        var quads = JsonLd.toRdf(JsonDocument.of(new ByteArrayInputStream(jsonLd))).loader(Vocab.documentLoader()).get();
        StringWriter nquads = new StringWriter();
        new NQuadsWriter(nquads).write(quads);
        return Rdf4jOracle.offline().parse(nquads.toString(), RDFFormat.NQUADS);
    }

    private static JsonNode read(byte[] json) throws Exception {
        return new ObjectMapper().readTree(json);
    }

    private static List<String> ids(JsonNode document) {
        List<String> ids = new ArrayList<>();
        document.get("@graph").forEach(n -> ids.add(n.get("id").asText()));
        return ids;
    }

    private static JsonNode node(JsonNode document, String id) {
        for (JsonNode n : document.get("@graph")) {
            if (n.get("id").asText().equals(id)) {
                return n;
            }
        }
        throw new AssertionError("no node " + id);
    }
}
