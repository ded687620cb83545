package org.ogpld.model.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.ogpld.model.Iris;

class IdentityEvidenceTest {

    private static final Iris IRIS = new Iris("https://w3id.org/ogp-ld/");
    private static final String PERSON = IRIS.base() + "id/person/geoff-smith";
    private static final Node ONE = NodeFactory.createURI(IRIS.graph("one"));
    private static final Node TWO = NodeFactory.createURI(IRIS.graph("two"));

    @Test
    void twoWikidataIdsForOneIriAreAConflictNamingBothGraphs() {
        DatasetGraph store = store(person("Q1", "1960-01-02"));

        List<IdentityEvidence.Conflict> conflicts = IdentityEvidence.conflicts(IRIS, TWO, person("Q2", null)
                .getGraph(), store);

        assertThat(conflicts).singleElement().satisfies(c -> {
            assertThat(c.evidence()).isEqualTo("wikidata");
            assertThat(c.describe("two.json")).contains(PERSON, "two.json", "[Q2]", "[Q1]", ONE.getURI());
        });
    }

    @Test
    void differentBirthDatesConflictAndSharedEvidenceDoesNot() {
        DatasetGraph store = store(person("Q1", "1960-01-02"));

        assertThat(IdentityEvidence.conflicts(IRIS, TWO, person(null, "1971-05-06").getGraph(), store))
                .extracting(IdentityEvidence.Conflict::evidence).containsExactly("birth date");
        assertThat(IdentityEvidence.conflicts(IRIS, TWO, person("Q1", null).getGraph(), store)).isEmpty();
        assertThat(IdentityEvidence.conflicts(IRIS, TWO, person(null, null).getGraph(), store)).isEmpty();
        assertThat(IdentityEvidence.conflicts(IRIS, ONE, person("Q2", null).getGraph(), store))
                .as("a graph does not conflict with itself").isEmpty();
    }

    @Test
    void splittingMintsADistinctIriAndACandidateLink() {
        Model incoming = person("Q2", null);
        var conflicts = IdentityEvidence.conflicts(IRIS, TWO, incoming.getGraph(), store(person("Q1", null)));

        Model links = IdentityEvidence.split(incoming, TWO, conflicts);

        assertThat(incoming.containsResource(incoming.createResource(PERSON))).isFalse();
        assertThat(links.listStatements(null, SKOS.closeMatch, links.createResource(PERSON)).toList())
                .singleElement().satisfies(s -> assertThat(s.getSubject().getURI()).startsWith(PERSON + "-")
                        .satisfies(iri -> assertThat(IRIS.id(iri)).isPresent()));
    }

    private static DatasetGraph store(Model one) {
        DatasetGraph store = DatasetGraphFactory.createTxnMem();
        one.getGraph().find().forEachRemaining(t -> store.add(ONE, t.getSubject(), t.getPredicate(), t.getObject()));
        return store;
    }

    private static Model person(String qid, String birthDate) {
        String ttl = "<" + PERSON + "> a <http://xmlns.com/foaf/0.1/Person> ; "
                + "<http://xmlns.com/foaf/0.1/name> \"Geoff Smith\"@en"
                + (qid == null ? "" : " ; <http://www.w3.org/2002/07/owl#sameAs> <http://www.wikidata.org/entity/"
                + qid + ">")
                + (birthDate == null ? "" : " ; <https://schema.org/birthDate> \"" + birthDate
                + "\"^^<http://www.w3.org/2001/XMLSchema#date>") + " .";
        Model model = ModelFactory.createDefaultModel();
        model.read(new StringReader(ttl), null, "TTL");
        return model;
    }
}
