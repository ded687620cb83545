package org.ogpld.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

/** The shapes graph itself: it parses, is well formed and names only real terms and codes. */
class ShapesTest {

    private static final Model SHAPES = ModelFactory.createModelForGraph(Vocab.shapesGraph());

    @Test
    void jenaParsesTheShapesWithATargetedShapePerClassTheModelWrites() {
        Shapes shapes = Shapes.parse(Vocab.shapesGraph());

        assertThat(shapes.numRootShapes()).isGreaterThanOrEqualTo(20);
        Set<String> targets = Set.copyOf(SHAPES.listObjectsOfProperty(SHACLM.targetClass).mapWith(RDFNode::toString)
                .toList());
        assertThat(targets).contains(OGP.NationalActionPlan.getURI(), OGP.Commitment.getURI(),
                OGP.Milestone.getURI(), OGP.IrmAssessment.getURI(), OGP.OgpMember.getURI(),
                OGP.MonitoringStudy.getURI(), OGP.SourceGraph.getURI(), CV.PublicEvent.getURI(),
                CV.Participation.getURI(), org.apache.jena.vocabulary.ORG.Organization.getURI(),
                org.apache.jena.vocabulary.ORG.Post.getURI(), org.apache.jena.vocabulary.ORG.Membership.getURI(),
                PERSON.Person.getURI(), SCHEMA.Place.getURI(), LOCN.Address.getURI(), SCHEMA.NewsArticle.getURI(),
                QB.Observation.getURI(), TIME.Interval.getURI());
        assertThat(SHAPES.contains(null, SHACLM.targetObjectsOf, SCHEMA.subEvent)).isTrue();
    }

    @Test
    void theShapesConformToOurShapesForShapes() {
        ValidationReport report = ShaclValidator.get().validate(metaShapes(), Vocab.shapesGraph());

        assertThat(report.conforms()).as(() -> report.getEntries().toString()).isTrue();
    }

    @Test
    void theShapesForShapesCatchAPropertyShapeWithoutMessage() {
        Graph broken = RDFParser.fromString("""
                @prefix sh: <http://www.w3.org/ns/shacl#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                <urn:x:Shape> a sh:NodeShape ; rdfs:label "x"@en ; sh:targetClass <urn:x:C> ;
                    sh:property [ sh:path <urn:x:p> ; sh:minCount 1 ] .
                """, Lang.TURTLE).toGraph();

        assertThat(ShaclValidator.get().validate(metaShapes(), broken).conforms()).isFalse();
    }

    @Test
    void everyPathClassAndTargetNamesADeclaredTerm() {
        Set<String> usable = Terms.usable();
        for (var predicate : List.of(SHACLM.path, SHACLM.class_, SHACLM.targetClass, SHACLM.targetObjectsOf,
                SHACLM.hasValue)) {
            SHAPES.listObjectsOfProperty(predicate).forEach(term ->
                    assertThat(usable).as("%s %s", predicate.getLocalName(), term).contains(term.toString()));
        }
    }

    @Test
    void everyListedCodeIsAConceptOfTheCodeLists() {
        Model codes = Vocab.codeLists();
        List<Resource> lists = SHAPES.listObjectsOfProperty(SHACLM.in).mapWith(RDFNode::asResource).toList();

        assertThat(lists).hasSizeGreaterThan(10);
        for (Resource list : lists) {
            List<RDFNode> members = list.as(RDFList.class).asJavaList();
            if (members.stream().allMatch(RDFNode::isURIResource) && members.get(0).toString().startsWith(OGPCode.NS)) {
                assertThat(members).allSatisfy(code ->
                        assertThat(codes.contains(code.asResource(), RDF.type, SKOS.Concept)).as(code.toString()).isTrue());
            }
        }
    }

    @Test
    void minimumCountsNeverExceedMaximumCounts() {
        SHAPES.listSubjectsWithProperty(SHACLM.minCount).forEach(shape -> {
            if (shape.hasProperty(SHACLM.maxCount)) {
                assertThat(shape.getProperty(SHACLM.minCount).getInt())
                        .isLessThanOrEqualTo(shape.getProperty(SHACLM.maxCount).getInt());
            }
        });
    }

    private static Shapes metaShapes() {
        return Shapes.parse(RDFParser.fromString(TestFiles.text("shapes-for-shapes.ttl"), Lang.TURTLE).toGraph());
    }
}
