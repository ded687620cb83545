package org.ogpld.model.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ogpld.model.Fixtures;
import org.ogpld.model.Iris;
import org.ogpld.model.Publication;
import org.ogpld.model.Text;
import org.ogpld.testkit.Rdf4jOracle;
import org.ogpld.vocab.OGP;

class PublicationMappingTest {

    private static final Iris IRIS = new Iris("https://data.example.org/ogp/");
    private final PublicationMapping mapping = new PublicationMapping(IRIS);

    static List<Publication> publications() {
        return List.of(Fixtures.full(), Fixtures.minimal());
    }

    @ParameterizedTest
    @MethodSource("publications")
    void recordsSurviveTheRoundTripThroughRdf(Publication publication) {
        DatasetGraph dataset = mapping.toDataset(publication);

        Publication back = mapping.read(dataset, mapping.graphName(publication));

        assertThat(back).isEqualTo(publication);
    }

    @ParameterizedTest
    @MethodSource("publications")
    void rdfSurvivesTheRoundTripThroughRecords(Publication publication) {
        DatasetGraph dataset = mapping.toDataset(publication);
        Publication read = mapping.read(dataset, mapping.graphName(publication));

        DatasetGraph again = mapping.toDataset(read);

        assertThat(Rdf4jOracle.isomorphic(Rdf4jOracle.of(again), Rdf4jOracle.of(dataset))).isTrue();
    }

    @Test
    void sameInputGivesByteIdenticalSortedNQuads() {
        String first = sortedNQuads(mapping.toDataset(Fixtures.full()));
        String second = sortedNQuads(new PublicationMapping(IRIS).toDataset(Fixtures.full()));

        assertThat(second).isEqualTo(first);
        assertThat(first).contains("<https://data.example.org/ogp/id/person/alimammad-nuriyev>")
                .contains("<https://data.example.org/ogp/graph/round-table-2017>");
    }

    @Test
    void everyStatementIsInThePublicationsNamedGraphAndNothingInTheDefaultGraph() {
        DatasetGraph dataset = mapping.toDataset(Fixtures.full());

        assertThat(dataset.getDefaultGraph().isEmpty()).isTrue();
        assertThat(dataset.listGraphNodes()).toIterable().extracting(n -> n.getURI())
                .containsExactly("https://data.example.org/ogp/graph/round-table-2017");
    }

    @Test
    void conflictingDatesAreClaimsEachAttributedAndNeverAsserted() {
        Model model = mapping.toModel(Fixtures.full());
        var event = model.createResource(IRIS.of(Fixtures.ROUND_TABLE));

        assertThat(event.listProperties(model.createProperty("https://schema.org/startDate")).toList()).isEmpty();
        assertThat(model.listSubjectsWithProperty(RDF.subject, event).toList())
                .filteredOn(s -> s.hasProperty(RDF.type, OGP.Claim)).hasSize(3)
                .allSatisfy(claim -> assertThat(claim.hasProperty(RDF.type, org.ogpld.vocab.PROV.Entity)).isTrue());
        assertThat(event.getProperty(OGP.dataQualityNote, "en").getString()).isEqualTo("Two dates.");
    }

    @Test
    void aFieldMayHoldWhatTheEvidenceSupportsBesideItsClaimsAndReadsBack() {
        Publication full = Fixtures.full();
        var event = full.events().get(0);
        var dated = new org.ogpld.model.Event(event.id(), event.type(), event.title(), event.description(),
                Optional.of(org.ogpld.model.DateValue.parseIso("2017-07")), event.endDate(), event.venue(),
                event.organisers(), event.funders(), event.partOf(), event.participantCount(), event.participations(),
                event.talks());
        Publication month = new Publication(full.slug(), full.provenance(), full.documents(),
                full.organisations(), full.persons(), full.posts(), full.memberships(), full.places(), List.of(dated),
                full.actionPlans(), full.commitments(), full.studies(), full.notes());

        Model model = mapping.toModel(month);

        assertThat(model.createResource(IRIS.of(Fixtures.ROUND_TABLE))
                .getProperty(model.createProperty("https://schema.org/startDate")).getLiteral().getLexicalForm())
                .isEqualTo("2017-07");
        assertThat(mapping.read(model, IRIS.graph(full.slug()))).isEqualTo(month);
    }

    @Test
    void readingNamesTheSubjectAndPropertyOfWhatIsWrong() {
        Model model = mapping.toModel(Fixtures.minimal());
        var event = model.createResource(IRIS.of(Fixtures.ROUND_TABLE));
        model.removeAll(event, model.createProperty("https://schema.org/name"), null);

        assertThatThrownBy(() -> mapping.read(model, IRIS.graph("minimal")))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("<https://data.example.org/ogp/id/event/round-table>")
                .hasMessageContaining("<https://schema.org/name>");
    }

    @Test
    void textKeepsItsLanguages() {
        Model model = mapping.toModel(Fixtures.full());
        var person = model.createResource(IRIS.of(Fixtures.NURIYEV));

        assertThat(person.getProperty(org.apache.jena.sparql.vocabulary.FOAF.name, "az").getString())
                .isEqualTo("Əliməmməd Nuriyev");
        assertThat(Text.of("AZ", "x").values()).containsKey("az");
    }

    private static String sortedNQuads(DatasetGraph dataset) {
        StringWriter out = new StringWriter();
        RDFDataMgr.write(out, dataset, Lang.NQUADS);
        String[] lines = out.toString().split("\n");
        Arrays.sort(lines);
        return String.join("\n", lines);
    }
}
