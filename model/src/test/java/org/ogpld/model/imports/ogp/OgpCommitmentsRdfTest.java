package org.ogpld.model.imports.ogp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ogpld.model.Iris;
import org.ogpld.model.imports.Imported;
import org.ogpld.model.publish.Publisher;
import org.ogpld.model.publish.Validation;
import org.ogpld.testkit.Rdf4jOracle;
import org.ogpld.vocab.OGP;

/**
 * The real spreadsheet as RDF: it passes the model's validation (code lists and SHACL shapes), and the supplement's facts (regions,
 * clusters, stars, carried-forward) read back with RDF4J as the oracle.
 */
class OgpCommitmentsRdfTest {

    private static final String BASE = "https://data.example.org/";
    private static final ValueFactory VF = SimpleValueFactory.getInstance();
    private static Model jena;
    private static org.eclipse.rdf4j.model.Model rdf4j;
    private static Imported imported;

    @BeforeAll
    static void importAndParseTheOutputWithRdf4j() throws IOException {
        imported = OgpCommitmentsImporter.strict().read(OgpCommitmentsImporterTest.CSV);
        jena = imported.toModel(new Iris(BASE));
        rdf4j = Rdf4jOracle.of(jena);
    }

    @Test
    void everyCommitmentConformsToTheShapesWithOnlyTheMissingLeadInstitutionWarnings() {
        Validation validation = Publisher.builder().base(BASE).build()
                .validate(imported.publication(), imported.supplement()::write);

        assertThat(validation.errors()).isEmpty();
        long withoutLead = imported.publication().commitments().stream()
                .filter(c -> c.leadInstitutions().isEmpty()).count();
        assertThat(withoutLead).isPositive();
        assertThat(validation.warnings()).hasSize((int) withoutLead)
                .allSatisfy(w -> assertThat(w.toString()).contains("commitment/").contains("ogp:leadInstitution"));
    }

    @Test
    void theGraphHoldsEveryCommitmentPlanAndMember() {
        assertThat(rdf4j.filter(null, RDF.TYPE, ogp("Commitment")).subjects()).hasSize(558);
        assertThat(rdf4j.filter(null, RDF.TYPE, ogp("NationalActionPlan")).subjects()).hasSize(214);
        assertThat(rdf4j.filter(null, RDF.TYPE, ogp("OgpMember")).subjects()).hasSize(75);
    }

    @Test
    void membersCarryTheirRegionAndLevel() {
        IRI albania = id("organisation/ogp-member-alb");
        assertThat(object(albania, "region")).isEqualTo(code("ogp-region/europe"));
        assertThat(object(albania, "memberLevel")).isEqualTo(code("member-level/national"));
        IRI buenosAires = id("organisation/ogp-member-arba");
        assertThat(object(buenosAires, "region")).isEqualTo(code("ogp-region/americas"));
        assertThat(object(buenosAires, "memberLevel")).isEqualTo(code("member-level/legacy-local"));
    }

    @Test
    void clustersStarsAndRelevanceSitOnTheAssessment() {
        Resource al0002 = assessment("al0002");
        assertThat(((Literal) object(al0002, "cluster")).getLabel()).isEqualTo("1.2");
        assertThat(((Literal) object(al0002, "starredUnder2015Criteria")).booleanValue()).isTrue();
        assertThat(((Literal) object(al0002, "compound")).booleanValue()).isFalse();
        assertThat(((Literal) object(al0002, "relevant")).booleanValue()).isTrue();
        IRI gr0084 = id("commitment/gr0084");
        assertThat(rdf4j.filter(gr0084, ogp("clusteredWith"), null).objects())
                .containsExactlyInAnyOrder(id("commitment/gr0085"), id("commitment/gr0086"));
        assertThat(((Literal) object(assessment("gr0084"), "clusteredInReview")).booleanValue()).isTrue();
    }

    @Test
    void missingValuesOfTheSupplementAreKeptAsWrittenNotAsFalse() {
        IRI ke0037 = id("commitment/ke0037");
        assertThat(rdf4j.filter(ke0037, ogp("carriedForward"), null)).isEmpty();
        assertThat(writtenFor(ke0037, "carriedForward")).isEqualTo("NR");
        assertThat(rdf4j.filter(assessment("ke0037"), ogp("cluster"), null)).isEmpty();
        assertThat(writtenFor(assessment("ke0037"), "cluster")).isEqualTo("NR");
        assertThat(writtenFor(ke0037, "clusteredWith")).isEqualTo("NR");
    }

    private static String writtenFor(Resource subject, String property) {
        Set<Resource> statements = rdf4j.filter(null, RDF.SUBJECT, subject).subjects().stream()
                .filter(s -> rdf4j.contains(s, RDF.PREDICATE, ogp(property))).collect(Collectors.toSet());
        assertThat(statements).hasSize(1);
        Resource statement = statements.iterator().next();
        assertThat(rdf4j.contains(statement, RDF.TYPE, RDF.STATEMENT)).isTrue();
        return Models.objectLiteral(rdf4j.filter(statement, VF.createIRI("http://www.w3.org/ns/prov#value"), null))
                .orElseThrow().getLabel();
    }

    private static Resource assessment(String commitment) {
        return (Resource) object(id("commitment/" + commitment), "assessment");
    }

    private static Value object(Resource subject, String property) {
        return Models.object(rdf4j.filter(subject, ogp(property), null)).orElseThrow(
                () -> new AssertionError(subject + " has no ogp:" + property));
    }

    private static IRI ogp(String local) {
        return VF.createIRI(OGP.NS + local);
    }

    private static IRI id(String path) {
        return VF.createIRI(BASE + "id/" + path);
    }

    private static IRI code(String path) {
        return VF.createIRI("https://w3id.org/ogp-ld/code/" + path);
    }
}
