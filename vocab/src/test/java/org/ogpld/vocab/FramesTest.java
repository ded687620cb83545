package org.ogpld.vocab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FramesTest {

    private static final Model TWIN = TestFiles.turtle("sample.ttl");
    private static final ContextTerms CONTEXT = ContextTerms.read(Vocab.context());

    @ParameterizedTest
    @CsvSource({
        "event, 1, PublicEvent, hasParticipation",
        "organisation, 7, , prefLabel",
        "person, 1, Person, memberships",
        "commitment, 1, Commitment, assessment",
        "action-plan, 1, NationalActionPlan, commitment",
        "study, 1, MonitoringStudy, observations"})
    void framingTheSampleGivesTheKindsNodesWithTheirParts(String kind, int roots, String type, String embedded)
            throws JsonLdError {
        JsonObject framed = frame(kind);
        List<JsonObject> nodes = roots(framed);

        assertThat(nodes).hasSize(roots);
        assertThat(nodes).allSatisfy(node -> {
            if (type != null) {
                assertThat(types(node)).contains(type);
            }
            assertThat(node).containsKey(embedded);
        });
        Model framedRdf = TestFiles.RDF4J.parse(framed.toString(), RDFFormat.JSONLD);
        assertThat(framedRdf).isNotEmpty();
        assertThat(TWIN).containsAll(framedRdf);
    }

    @Test
    void embeddedPartsComeWithTheirOwnProperties() throws JsonLdError {
        JsonObject study = roots(frame("study")).get(0);
        JsonObject observation = first(study.get("observations"));
        JsonObject person = roots(frame("person")).get(0);
        JsonObject membership = first(person.get("memberships"));

        assertThat(observation).containsKeys("criterion", "level", "serviceCentre");
        assertThat(membership.getJsonObject("memberDuring")).containsKey("hasBeginning");
    }

    @Test
    void everyFrameKeyIsAContextTermOrAKeyword() {
        for (String kind : Vocab.FRAME_KINDS) {
            JsonObject frame = Json.createReader(new StringReader(Vocab.frame(kind))).readObject();
            assertThat(frame.getString("@context")).isEqualTo(Vocab.CONTEXT_IRI);
            assertThat(keys(frame)).as(kind).allSatisfy(key ->
                    assertThat(key.startsWith("@") || CONTEXT.terms().containsKey(key)).as(key).isTrue());
        }
    }

    @Test
    void anUnknownKindIsRefusedWithTheKnownKinds() {
        assertThatIllegalArgumentException().isThrownBy(() -> Vocab.frame("../ogp.ttl"))
                .withMessageContaining("action-plan").withMessageContaining("../ogp.ttl");
    }

    private static JsonObject frame(String kind) throws JsonLdError {
        return JsonLd.frame(JsonDocument.of(new StringReader(TestFiles.text("sample.jsonld"))),
                        JsonDocument.of(new StringReader(Vocab.frame(kind))))
                .loader(Vocab.documentLoader()).get();
    }

    private static List<JsonObject> roots(JsonObject framed) {
        if (framed.containsKey("@graph")) {
            return framed.getJsonArray("@graph").getValuesAs(JsonObject.class);
        }
        JsonObject node = Json.createObjectBuilder(framed).remove("@context").build();
        return node.isEmpty() ? List.of() : List.of(framed);
    }

    private static Set<String> types(JsonObject node) {
        JsonValue type = node.get("type");
        if (type instanceof JsonArray array) {
            return Set.copyOf(array.getValuesAs(jakarta.json.JsonString.class).stream().map(s -> s.getString()).toList());
        }
        return Set.of(node.getString("type"));
    }

    private static JsonObject first(JsonValue value) {
        return value instanceof JsonArray array ? array.getJsonObject(0) : value.asJsonObject();
    }

    private static List<String> keys(JsonObject object) {
        List<String> keys = new ArrayList<>();
        object.forEach((key, value) -> {
            keys.add(key);
            if (value instanceof JsonObject child) {
                keys.addAll(keys(child));
            }
        });
        return keys;
    }
}
