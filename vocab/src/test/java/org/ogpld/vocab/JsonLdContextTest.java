package org.ogpld.vocab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.rdf.nquads.NQuadsWriter;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.WriterConfig;
import org.eclipse.rdf4j.rio.jsonld.JSONLDMode;
import org.eclipse.rdf4j.rio.jsonld.JSONLDSettings;
import org.junit.jupiter.api.Test;

class JsonLdContextTest {

    private static final ContextTerms CONTEXT = ContextTerms.read(Vocab.context());
    private static final Model TWIN = TestFiles.turtle("sample.ttl");

    @Test
    void theContextIsVersionedProtectedAndDefaultsToOurVocabulary() {
        assertThat(CONTEXT.context().getJsonNumber("@version").doubleValue()).isEqualTo(1.1);
        assertThat(CONTEXT.context().getBoolean("@protected")).isTrue();
        assertThat(CONTEXT.context().getString("@vocab")).isEqualTo(OGP.NS);
    }

    @Test
    void everyTermNamesADeclaredTerm() {
        Set<String> usable = Terms.usable();

        assertThat(CONTEXT.terms()).allSatisfy((term, iri) -> assertThat(usable).as(term).contains(iri));
    }

    @Test
    void everyOgpClassAndPropertyHasATermOfTheSameName() {
        var ontology = Vocab.ontology();
        for (String iri : Terms.declaredOgpTerms()) {
            var term = ontology.createResource(iri);
            if (term.hasProperty(RDF.type, OWL.Class) || term.hasProperty(RDF.type, OWL.ObjectProperty)
                    || term.hasProperty(RDF.type, OWL.DatatypeProperty)) {
                assertThat(CONTEXT.terms()).containsEntry(term.getLocalName(), iri);
            }
        }
    }

    @Test
    void theContextPrefixesAreThoseOfThePrefixMapping() {
        assertThat(CONTEXT.prefixes()).allSatisfy((prefix, ns) ->
                assertThat(Vocab.prefixes().getNsPrefixURI(prefix)).as(prefix).isEqualTo(ns));
    }

    @Test
    void everyPropertyTheShapesWantAsTaggedTextHasALanguageMap() {
        var shapes = ModelFactory.createModelForGraph(Vocab.shapesGraph());
        Set<String> taggedInShapes = new TreeSet<>();
        shapes.listSubjectsWithProperty(SHACLM.datatype, RDF.langString).forEach(shape -> {
            RDFNode path = shape.getPropertyResourceValue(SHACLM.path);
            if (path != null) {
                taggedInShapes.add(path.toString());
            }
        });
        Set<String> languageMaps = new TreeSet<>();
        CONTEXT.terms().forEach((term, iri) -> {
            if ("@language".equals(CONTEXT.definition(term).getString("@container", ""))) {
                languageMaps.add(iri);
            }
        });

        assertThat(languageMaps).containsAll(taggedInShapes);
    }

    @Test
    void rdf4jExpandsTheSampleToItsTurtleTwin() {
        Model expanded = TestFiles.RDF4J.parse(TestFiles.text("sample.jsonld"), RDFFormat.JSONLD);

        assertThat(expanded).hasSameSizeAs(TWIN);
        assertThat(Models.isomorphic(expanded, TWIN)).isTrue();
    }

    @Test
    void titaniumWithOurLoaderExpandsTheSampleToItsTurtleTwin() throws JsonLdError {
        StringWriter nquads = new StringWriter();
        JsonLd.toRdf(JsonDocument.of(new StringReader(TestFiles.text("sample.jsonld"))))
                .loader(Vocab.documentLoader())
                .provide(new NQuadsWriter(nquads));

        // Everything is in the default graph, so the N-Quads lines are N-Triples, which Rio's Turtle parser reads.
        assertThat(nquads.toString()).isNotBlank();
        assertThat(Models.isomorphic(TestFiles.RDF4J.parse(nquads.toString(), RDFFormat.TURTLE), TWIN)).isTrue();
    }

    @Test
    void compactingTheTwinWithTheContextKeepsTheGraphAndLeavesNoLongIriKeys() throws JsonLdError {
        JsonDocument byReference = JsonDocument.of(new StringReader("{\"@context\": \"" + Vocab.CONTEXT_IRI + "\"}"));
        JsonObject compacted = JsonLd.compact(JsonDocument.of(new StringReader(expandedTwin())), byReference)
                .loader(Vocab.documentLoader()).get();

        assertThat(compacted.getString("@context")).isEqualTo(Vocab.CONTEXT_IRI);
        assertThat(longKeys(compacted)).isEmpty();
        assertThat(Models.isomorphic(TestFiles.RDF4J.parse(compacted.toString(), RDFFormat.JSONLD), TWIN)).isTrue();
    }

    @Test
    void theLoaderRefusesRemoteContexts() {
        String remote = "{\"@context\": \"https://example.org/context.jsonld\", \"name\": \"x\"}";

        assertThatThrownBy(() -> JsonLd.expand(JsonDocument.of(new StringReader(remote)))
                .loader(Vocab.documentLoader()).get())
                .isInstanceOf(JsonLdError.class).hasMessageContaining("https://example.org/context.jsonld");
        assertThatThrownBy(() -> Vocab.documentLoader().loadDocument(URI.create("http://127.0.0.1/x"), null))
                .isInstanceOf(JsonLdError.class).hasMessageContaining("Refusing");
    }

    /** The twin as expanded JSON-LD written by RDF4J, so that Titanium compacts an independent serialisation. */
    private static String expandedTwin() {
        StringWriter out = new StringWriter();
        WriterConfig config = new WriterConfig().set(JSONLDSettings.JSONLD_MODE, JSONLDMode.EXPAND);
        Rio.write(TWIN, out, RDFFormat.JSONLD, config);
        return out.toString();
    }

    private static Set<String> longKeys(JsonValue value) {
        Set<String> keys = new HashSet<>();
        if (value instanceof JsonObject object) {
            object.forEach((key, child) -> {
                if (key.contains("://")) {
                    keys.add(key);
                }
                keys.addAll(longKeys(child));
            });
        } else if (value instanceof JsonStructure structure && value.getValueType() == JsonValue.ValueType.ARRAY) {
            structure.asJsonArray().forEach(child -> keys.addAll(longKeys(child)));
        }
        return keys;
    }
}
