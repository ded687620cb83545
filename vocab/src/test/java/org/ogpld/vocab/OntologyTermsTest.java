package org.ogpld.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class OntologyTermsTest {

    private static final Model ONTOLOGY = Vocab.ontology();

    /** Letters of the Azerbaijani Latin alphabet that English lacks; real Azerbaijani prose uses some of them. */
    private static final String AZERBAIJANI_LETTERS = "əƏıİğĞşŞçÇöÖüÜ";

    static Stream<String> ogpTerms() {
        return Terms.declaredOgpTerms().stream();
    }

    @ParameterizedTest
    @MethodSource("ogpTerms")
    void everyTermHasOneLabelAndOneCommentInEnglishAndAzerbaijani(String iri) {
        Resource term = ONTOLOGY.createResource(iri);
        for (Property property : List.of(RDFS.label, RDFS.comment)) {
            assertThat(languages(term, property)).as("%s %s", iri, property.getLocalName())
                    .containsExactlyInAnyOrder("en", "az");
        }
        assertThat(text(term, RDFS.comment, "az")).as(iri + " Azerbaijani comment")
                .containsAnyOf(AZERBAIJANI_LETTERS.split(""))
                .isNotEqualTo(text(term, RDFS.comment, "en"));
    }

    @ParameterizedTest
    @MethodSource("ogpTerms")
    void everyPropertyHasADomainAndARange(String iri) {
        Resource term = ONTOLOGY.createResource(iri);
        if (isProperty(term)) {
            assertThat(term.hasProperty(RDFS.domain)).as(iri + " domain").isTrue();
            assertThat(term.hasProperty(RDFS.range)).as(iri + " range").isTrue();
        } else {
            assertThat(term.hasProperty(RDF.type)).as(iri + " type").isTrue();
        }
    }

    @Test
    void theOntologyDescribesItselfWithVersionLicenceCreatorsAndPrefix() {
        Resource ontology = ONTOLOGY.createResource(OGP.ONTOLOGY);

        assertThat(ontology.hasProperty(RDF.type, OWL.Ontology)).isTrue();
        assertThat(ontology.hasProperty(OWL.versionInfo)).isTrue();
        assertThat(ontology.hasProperty(DCTerms.license)).isTrue();
        assertThat(ontology.hasProperty(DCTerms.creator)).isTrue();
        assertThat(ontology.getProperty(VANN.preferredNamespacePrefix).getString()).isEqualTo("ogp");
        assertThat(ontology.getProperty(VANN.preferredNamespaceUri).getString()).isEqualTo(OGP.NS);
    }

    @Test
    void requiredClassesAlignWithPPlanDataCubeAndOrg() {
        assertThat(superClasses(OGP.NationalActionPlan)).contains(PPLAN.Plan.getURI());
        assertThat(superClasses(OGP.Commitment)).contains(PPLAN.Step.getURI());
        assertThat(superClasses(OGP.MonitoringStudy)).contains(QB.DataSet.getURI(), PROV.Entity.getURI());
        assertThat(superClasses(OGP.OgpMember)).contains(org.apache.jena.vocabulary.ORG.FormalOrganization.getURI());
        assertThat(ONTOLOGY.createResource(OGP.actionPlan.getURI()).getProperty(RDFS.subPropertyOf).getResource())
                .isEqualTo(PPLAN.isStepOfPlan);
    }

    @Test
    void monitoringDimensionsAndMeasureAreDataCubeComponentsOfTheSharedStructure() {
        assertThat(types(OGP.serviceCentre)).contains(QB.DimensionProperty.getURI());
        assertThat(types(OGP.criterion)).contains(QB.DimensionProperty.getURI());
        assertThat(types(OGP.level)).contains(QB.MeasureProperty.getURI());
        assertThat(ONTOLOGY.listObjectsOfProperty(ONTOLOGY.createResource(OGP.monitoringStudyStructure.getURI()),
                QB.component).toList()).hasSize(3);
        assertThat(ONTOLOGY.createResource(OGP.criterion.getURI()).getPropertyResourceValue(QB.codeList))
                .isEqualTo(OGPCode.serviceQualityCriterion);
    }

    @Test
    void inversePropertiesPairUpBothWays() {
        ONTOLOGY.listStatements(null, OWL.inverseOf, (RDFNode) null).forEach(statement -> {
            Resource forward = statement.getSubject();
            Resource backward = statement.getResource();
            assertThat(backward.getPropertyResourceValue(RDFS.domain))
                    .as("domain of %s", backward).isEqualTo(forward.getPropertyResourceValue(RDFS.range));
            assertThat(backward.getPropertyResourceValue(RDFS.range))
                    .as("range of %s", backward).isEqualTo(forward.getPropertyResourceValue(RDFS.domain));
        });
    }

    private static boolean isProperty(Resource term) {
        return term.hasProperty(RDF.type, OWL.ObjectProperty) || term.hasProperty(RDF.type, OWL.DatatypeProperty);
    }

    private static List<String> languages(Resource term, Property property) {
        return term.listProperties(property).mapWith(s -> s.getLiteral().getLanguage()).toList();
    }

    private static String text(Resource term, Property property, String language) {
        return term.listProperties(property).mapWith(s -> s.getLiteral())
                .filterKeep(l -> l.getLanguage().equals(language)).next().getLexicalForm();
    }

    private static Set<String> superClasses(Resource type) {
        return Set.copyOf(ONTOLOGY.listObjectsOfProperty(ONTOLOGY.createResource(type.getURI()), RDFS.subClassOf)
                .mapWith(RDFNode::toString).toList());
    }

    private static Set<String> types(Resource term) {
        return Set.copyOf(ONTOLOGY.listObjectsOfProperty(ONTOLOGY.createResource(term.getURI()), RDF.type)
                .mapWith(RDFNode::toString).toList());
    }
}
