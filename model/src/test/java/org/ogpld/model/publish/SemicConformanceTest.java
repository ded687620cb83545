package org.ogpld.model.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ogpld.model.Iris;
import org.ogpld.model.Publication;
import org.ogpld.model.Fixtures;
import org.ogpld.model.rdf.PublicationMapping;
import org.ogpld.vocab.Vocab;

/**
 * Our events and organisations conform to the EU SEMIC application profiles for the classes we claim
 * ({@code cv:PublicEvent}, {@code cv:Participation}, {@code cv:PublicOrganisation}, {@code org:Organization},
 * {@code locn:Address}…). The data is validated together with our code lists, because the profiles require code
 * values to be typed {@code skos:Concept}.
 */
class SemicConformanceTest {

    private static final String CPEV = "cpev-1.1.1/core-public-event-ap-SHACL.ttl";
    private static final String CPOV = "cpov-2.1.2/core-public-organisation-ap-SHACL.ttl";

    static Stream<Arguments> profilesAndPublications() {
        Publication seed = PublisherTest.read(Fixtures.roundTableYaml()).publication();
        return Stream.of(CPEV, CPOV).flatMap(profile -> Stream.of(
                Arguments.of(profile, "seed", seed), Arguments.of(profile, "every field", Fixtures.full())));
    }

    @ParameterizedTest(name = "{1} conforms to {0}")
    @MethodSource("profilesAndPublications")
    void ourOutputConformsToTheSemicProfile(String shapesFile, String name, Publication publication) {
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph(semic(shapesFile).toString()));
        Model data = ModelFactory.createDefaultModel()
                .add(new PublicationMapping(Iris.defaults()).toModel(publication))
                .add(Vocab.codeLists());

        ValidationReport report = ShaclValidator.get().validate(shapes, data.getGraph());

        List<String> problems = report.getEntries().stream()
                .map(e -> e.focusNode() + " " + e.resultPath() + ": " + e.message()).toList();
        assertThat(problems).isEmpty();
    }

    private static Path semic(String file) {
        return Path.of(System.getProperty("ogpld.shared"), "data", "semic", file);
    }
}
