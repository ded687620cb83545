package org.ogpld.model.jsonld;

import static org.assertj.core.api.Assertions.assertThat;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.document.JsonDocument;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.ogpld.model.Fixtures;
import org.ogpld.model.Iris;
import org.ogpld.model.Publication;
import org.ogpld.model.rdf.PublicationMapping;
import org.ogpld.model.rdf.Rdf4j;
import org.ogpld.vocab.Vocab;

class FramedJsonLdWriterTest {

    private static final PublicationMapping MAPPING = new PublicationMapping(Iris.defaults());

    static List<Publication> publications() {
        return List.of(Fixtures.full(), Fixtures.minimal());
    }

    private static byte[] write(Model model) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FramedJsonLdWriter.write(model.getGraph(), out);
        return out.toByteArray();
    }

    /** Expansion to RDF by Titanium (an independent JSON-LD processor), as N-Quads text for RDF4J. */
    private static org.eclipse.rdf4j.model.Model expanded(byte[] jsonld) throws Exception {
        StringWriter nquads = new StringWriter();
        JsonLd.toRdf(JsonDocument.of(new ByteArrayInputStream(jsonld))).loader(Vocab.documentLoader())
                .provide((s, p, o, datatype, language, direction, graph) -> {
                    nquads.append(term(s)).append(' ').append(term(p)).append(' ');
                    if (datatype == null) {
                        nquads.append(term(o));
                    } else {
                        nquads.append('"').append(o.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")
                                .replace("\r", "\\r")).append('"');
                        nquads.append(language != null ? "@" + language : "^^<" + datatype + ">");
                    }
                    nquads.append(" .\n");
                    return null;
                });
        return Rdf4j.parse(nquads.toString(), RDFFormat.NQUADS);
    }

    private static String term(String t) {
        return t.startsWith("_:") ? t : "<" + t + ">";
    }

    @ParameterizedTest
    @MethodSource("publications")
    void outputExpandsToAGraphIsomorphicToThePublication(Publication publication) throws Exception {
        Model model = MAPPING.toModel(publication);
        assertThat(Rdf4j.isomorphic(expanded(write(model)), Rdf4j.of(model))).isTrue();
    }

    @Test
    void embedsOwnedPartsAndRefersToOtherResourcesById() throws Exception {
        JsonNode document = new ObjectMapper().readTree(write(MAPPING.toModel(Fixtures.full())));
        assertThat(document.get("@context").asText()).isEqualTo(Vocab.CONTEXT_IRI);
        JsonNode event = node(document, "http://localhost:3030/id/event/round-table");
        assertThat(event.get("subEvent").get(0).get("id").asText()).endsWith("#talk-1");
        assertThat(event.get("subEvent").get(0).get("performer").get(0).isTextual()).isTrue();
        JsonNode commitment = node(document, "http://localhost:3030/id/commitment/az0038");
        assertThat(commitment.get("type").toString()).contains("\"Commitment\"");
        assertThat(commitment.get("actionPlan").get(0).asText()).isEqualTo("http://localhost:3030/id/action-plan/ap-aze02");
    }

    @Test
    void keepsAzerbaijaniTextInLanguageMaps() throws Exception {
        JsonNode document = new ObjectMapper().readTree(write(MAPPING.toModel(Fixtures.full())));
        JsonNode event = node(document, "http://localhost:3030/id/event/round-table");
        assertThat(event.get("name").has("az")).isTrue();
    }

    @Test
    void writesTheSameBytesForTheSameGraph() {
        Model model = MAPPING.toModel(Fixtures.full());
        assertThat(write(model)).isEqualTo(write(MAPPING.toModel(Fixtures.full())));
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
