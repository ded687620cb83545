package org.ogpld.model.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.document.JsonDocument;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ogpld.model.Fixtures;
import org.ogpld.model.Iris;
import org.ogpld.model.Publication;
import org.ogpld.model.rdf.PublicationMapping;
import org.ogpld.model.rdf.Rdf4j;
import org.ogpld.vocab.Vocab;

/** Our one-pass JSON-LD writer means the same RDF as the graph, by two independent JSON-LD processors. */
class CompactJsonLdWriterTest {

    static List<Publication> publications() {
        return List.of(PublisherTest.read(Fixtures.roundTableYaml()).publication(), Fixtures.full(),
                Fixtures.minimal());
    }

    @ParameterizedTest
    @MethodSource("publications")
    void rdf4jReadsTheGraphBack(Publication publication) throws Exception {
        Model model = new PublicationMapping(Iris.defaults()).toModel(publication);

        byte[] json = write(model);

        var parsed = PublisherTest.rio(json, RdfFormat.JSONLD);
        var expected = Rdf4j.of(model);
        assertThat(parsed).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(Rdf4j.isomorphic(parsed, expected)).isTrue();
    }

    @ParameterizedTest
    @MethodSource("publications")
    void titaniumExpandsItToTheGraph(Publication publication) throws Exception {
        Model model = new PublicationMapping(Iris.defaults()).toModel(publication);

        var quads = JsonLd.toRdf(JsonDocument.of(new ByteArrayInputStream(write(model))))
                .loader(Vocab.documentLoader()).get();
        StringWriter nquads = new StringWriter();
        new com.apicatalog.rdf.io.nquad.NQuadsWriter(nquads).write(quads);

        var expanded = Rdf4j.parse(nquads.toString(), RDFFormat.NQUADS);
        assertThat(expanded).containsExactlyInAnyOrderElementsOf(Rdf4j.of(model));
        assertThat(Rdf4j.isomorphic(expanded, Rdf4j.of(model))).isTrue();
    }

    private static byte[] write(Model model) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CompactJsonLdWriter(ContextTerms.vocabulary()).write(model.getGraph(), out);
        return out.toByteArray();
    }
}
