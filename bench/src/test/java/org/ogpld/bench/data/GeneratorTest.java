package org.ogpld.bench.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.ogpld.model.Iris;
import org.ogpld.model.Publication;
import org.ogpld.vocab.Vocab;

class GeneratorTest {

    private static byte[] nquads(long seed, double scale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new NQuadsExport(Iris.defaults()).write(new Generator(seed, scale), out);
        return out.toByteArray();
    }

    @Test
    void sameSeedAndScaleGiveTheSameBytes() {
        assertThat(nquads(7, 0.05)).isEqualTo(nquads(7, 0.05));
    }

    @Test
    void anotherSeedGivesOtherData() {
        assertThat(nquads(7, 0.05)).isNotEqualTo(nquads(8, 0.05));
    }

    @Test
    void publicationsAreTheSameWhateverOrderTheyAreMadeIn() {
        Generator generator = new Generator(3, 0.05);
        Publication last = generator.publication(generator.size() - 1);
        Generator fresh = new Generator(3, 0.05);
        fresh.publications().count();
        assertThat(fresh.publication(fresh.size() - 1)).isEqualTo(last);
    }

    @Test
    void smallScaleParsesWithRdf4jIntoOneNamedGraphPerPublication() throws Exception {
        Generator generator = new Generator(1, 0.05);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long quads = new NQuadsExport(Iris.defaults()).write(generator, out);
        Model model = Rio.parse(new ByteArrayInputStream(out.toByteArray()), RDFFormat.NQUADS);
        assertThat(model).hasSize((int) quads);
        assertThat(model.contexts()).hasSize(generator.size());
        assertThat(quads).isBetween(3_000L, 9_000L);
    }

    @Test
    void dataHasAzerbaijaniNamesCommitmentsAndEvents() {
        String text = new String(nquads(1, 0.05), StandardCharsets.UTF_8);
        assertThat(text).contains("\"@az", "ə", "ı", "ğ", "ş", "ç", "ö", "ü");
        assertThat(text).contains("<https://w3id.org/ogp-ld/ns#Commitment>", "<http://data.europa.eu/m8g/PublicEvent>",
                "<http://www.w3.org/ns/person#Person>", "<http://www.w3.org/ns/org#Membership>",
                "<https://w3id.org/ogp-ld/ns#MonitoringStudy>", "<https://w3id.org/ogp-ld/ns#IrmAssessment>");
    }

    @Test
    void generatedDataConformsToTheVocabularyShapes() {
        Dataset dataset = DatasetFactory.create();
        RDFParser.source(new ByteArrayInputStream(nquads(5, 0.05))).lang(Lang.NQUADS).parse(dataset);
        ValidationReport report = ShaclValidator.get().validate(Vocab.shapes(), dataset.getUnionModel().getGraph());
        assertThat(report.getEntries()).filteredOn(e -> e.severity().level().getURI().endsWith("Violation"))
                .isEmpty();
    }

    @Test
    void refusesAScaleOfZero() {
        assertThatThrownBy(() -> new Generator(1, 0)).hasMessageContaining("scale factor");
    }
}
