package org.ogpld.endpoint.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

/** Reviewers' decisions: a rejected link is never proposed again, an accepted one stays in the linkset. */
class DecisionsTest {

    private static final String OTHER = "https://example.org/graph/assembly-popolo";
    private static final String ID = DefaultData.BASE + "id/";
    private static final String KAMAL = ID + "person/kamal-cafarov-ogp-dialogue-platform-round-table-2017";
    private static final String KAMAL_ELSEWHERE = ID + "person/popolo-p1";
    private static final String FUND = ID + "organisation/konstitusiya-arasdirmalar-fondu";
    private static final String FUND_ELSEWHERE = ID + "organisation/popolo-o3";
    private static final Instant NOW = Instant.parse("2026-12-03T16:00:00Z");

    private final LinkDiscovery discovery = new LinkDiscovery(ReconcileProperties.defaults());
    private final DatasetGraph store = DatasetGraphFactory.createTxnMem();

    @Test
    void aRejectedLinkIsNotProposedAgainAndAnAcceptedOneStays() {
        List<Entity> entities = withAThirdSource(true);
        publish(discovery.propose(entities, Decisions.read(store, DefaultData.BASE)), Map.of());
        assertThat(linked(KAMAL, KAMAL_ELSEWHERE)).isTrue();
        assertThat(linked(FUND, FUND_ELSEWHERE)).isTrue();

        Decisions.record(store, DefaultData.BASE, new Decisions.Decision(KAMAL_ELSEWHERE, OWL.sameAs.getURI(),
                KAMAL, false, "alice", NOW));
        Decisions.record(store, DefaultData.BASE, new Decisions.Decision(FUND, OWL.sameAs.getURI(),
                FUND_ELSEWHERE, true, "bob", NOW));
        assertThat(linked(KAMAL, KAMAL_ELSEWHERE)).as("the rejected link leaves the linkset at once").isFalse();
        assertThat(stored().contains(resource(FUND), OWL.sameAs, resource(FUND_ELSEWHERE))).isTrue();

        Map<String, Decisions.Decision> decisions = Decisions.read(store, DefaultData.BASE);
        assertThat(decisions.values()).extracting(Decisions.Decision::by).containsExactlyInAnyOrder("alice", "bob");
        List<LinkDiscovery.Link> again = discovery.propose(entities, decisions);
        assertThat(again).extracting(l -> Decisions.Decision.key(l.subject().iri(), l.object().iri()))
                .doesNotContain(Decisions.Decision.key(KAMAL, KAMAL_ELSEWHERE))
                .contains(Decisions.Decision.key(FUND, FUND_ELSEWHERE));
        publish(again, decisions);
        assertThat(linked(KAMAL, KAMAL_ELSEWHERE)).isFalse();
        assertThat(stored().contains(resource(FUND), OWL.sameAs, resource(FUND_ELSEWHERE)))
                .as("kept as the reviewer accepted it, owl:sameAs, where discovery proposed skos:closeMatch").isTrue();
        assertThat(stored().contains(resource(FUND), SKOS.closeMatch, resource(FUND_ELSEWHERE))).isFalse();
    }

    @Test
    void anAcceptedLinkStaysWhenDiscoveryNoLongerProposesIt() {
        Decisions.record(store, DefaultData.BASE, new Decisions.Decision(FUND, SKOS.closeMatch.getURI(),
                FUND_ELSEWHERE, true, "bob", NOW));
        Map<String, Decisions.Decision> decisions = Decisions.read(store, DefaultData.BASE);
        List<LinkDiscovery.Link> links = discovery.propose(withAThirdSource(false), decisions);
        assertThat(links).noneMatch(l -> l.object().iri().equals(FUND_ELSEWHERE)
                || l.subject().iri().equals(FUND_ELSEWHERE));

        publish(links, decisions);
        assertThat(stored().contains(resource(FUND), SKOS.closeMatch, resource(FUND_ELSEWHERE))).isTrue();
    }

    @Test
    void aNewDecisionOnAPairReplacesTheEarlierOne() {
        Decisions.record(store, DefaultData.BASE, new Decisions.Decision(FUND, SKOS.closeMatch.getURI(),
                FUND_ELSEWHERE, true, "bob", NOW));
        Decisions.record(store, DefaultData.BASE, new Decisions.Decision(FUND_ELSEWHERE, SKOS.closeMatch.getURI(),
                FUND, false, "alice", NOW.plusSeconds(60)));
        Map<String, Decisions.Decision> decisions = Decisions.read(store, DefaultData.BASE);
        assertThat(decisions).hasSize(1);
        assertThat(decisions.values().iterator().next()).returns(false, Decisions.Decision::accepted)
                .returns("alice", Decisions.Decision::by);
        assertThat(linked(FUND, FUND_ELSEWHERE)).isFalse();
    }

    /** The default store's people and organisations, with a third source's speaker and (or not) foundation. */
    private static List<Entity> withAThirdSource(boolean withTheFund) {
        List<Entity> entities = new ArrayList<>(DefaultData.entities());
        entities.add(other("person", "popolo-p1", "Kamal Jafarov", EntityType.PERSON));
        if (withTheFund) {
            entities.add(other("organisation", "popolo-o3", "Constitution Research Fund", EntityType.ORGANISATION));
        }
        return entities;
    }

    private static Entity other(String kind, String slug, String name, EntityType type) {
        return new Entity(ID + kind + "/" + slug, kind + "/" + slug, name, "", Set.of(type), List.of(name),
                List.of(), Map.of(), Set.of(OTHER));
    }

    /** Replaces the linkset graph, as {@code ogpld link} does. */
    private void publish(List<LinkDiscovery.Link> links, Map<String, Decisions.Decision> decisions) {
        var graph = NodeFactory.createURI(Linkset.graph(DefaultData.BASE));
        store.removeGraph(graph);
        Linkset.model(links, decisions, DefaultData.BASE, NOW).getGraph().find()
                .forEachRemaining(t -> store.add(graph, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    private Model stored() {
        return ModelFactory.createModelForGraph(store.getGraph(NodeFactory.createURI(Linkset.graph(DefaultData.BASE))));
    }

    private boolean linked(String a, String b) {
        Model m = stored();
        boolean statement = m.listSubjectsWithProperty(RDF.subject, resource(a)).toList().stream()
                .anyMatch(s -> s.hasProperty(RDF.object, resource(b)))
                || m.listSubjectsWithProperty(RDF.subject, resource(b)).toList().stream()
                        .anyMatch(s -> s.hasProperty(RDF.object, resource(a)));
        boolean link = List.of(OWL.sameAs, SKOS.closeMatch).stream().anyMatch(p -> m.contains(resource(a), p,
                resource(b)) || m.contains(resource(b), p, resource(a)));
        return statement || link;
    }

    private static Resource resource(String iri) {
        return ModelFactory.createDefaultModel().createResource(iri);
    }
}
