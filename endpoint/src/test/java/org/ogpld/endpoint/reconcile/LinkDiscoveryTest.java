package org.ogpld.endpoint.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.Test;

class LinkDiscoveryTest {

    private static final String OTHER = "https://example.org/graph/assembly-popolo";
    private static final String SEED_PERSON = DefaultData.BASE + "id/person/kamal-cafarov-ogp-dialogue-platform-round-table-2017";

    private static Entity other(String kind, String slug, String name, EntityType type) {
        return new Entity(DefaultData.BASE + "id/" + kind + "/" + slug, kind + "/" + slug, name, "", Set.of(type),
                List.of(name), List.of(), Map.of(), Set.of(OTHER));
    }

    /** A link as its predicate and its two ids in order, whichever way it points. */
    private static String pair(LinkDiscovery.Link link) {
        String a = link.subject().id();
        String b = link.object().id();
        return link.sameAs() + " " + (a.compareTo(b) < 0 ? a + " " + b : b + " " + a);
    }

    private final LinkDiscovery discovery = new LinkDiscovery(ReconcileProperties.defaults());

    @Test
    void theDefaultStoresSourcesShareNoUnlinkedThingAndNothingIsProposedWrongly() {
        assertThat(discovery.propose(DefaultData.entities())).isEmpty();
    }

    @Test
    void aThirdSourcesSpeakerAndFoundationsLinkToTheSeedButANameManyThingsBearLinksNothing() {
        List<Entity> entities = new ArrayList<>(DefaultData.entities());
        entities.add(other("person", "popolo-p1", "Kamal Jafarov", EntityType.PERSON));
        entities.add(other("organisation", "popolo-o1", "Eurasia Partnership Foundation", EntityType.ORGANISATION));
        entities.add(other("organisation", "popolo-o2", "Ministry of Justice", EntityType.ORGANISATION));
        entities.add(other("organisation", "popolo-o3", "Constitution Research Fund", EntityType.ORGANISATION));
        List<LinkDiscovery.Link> links = discovery.propose(entities);
        assertThat(links).extracting(LinkDiscoveryTest::pair).containsExactlyInAnyOrder(
                "true organisation/avrasiya-amakdasliq-fondu organisation/popolo-o1",
                "true person/kamal-cafarov-ogp-dialogue-platform-round-table-2017 person/popolo-p1",
                "false organisation/konstitusiya-arasdirmalar-fondu organisation/popolo-o3");
        Model linkset = Linkset.model(links, DefaultData.BASE, Instant.parse("2026-12-03T00:00:00Z"));
        assertThat(linkset.contains(linkset.createResource(SEED_PERSON), OWL.sameAs,
                linkset.createResource(DefaultData.BASE + "id/person/popolo-p1"))
                || linkset.contains(linkset.createResource(DefaultData.BASE + "id/person/popolo-p1"), OWL.sameAs,
                linkset.createResource(SEED_PERSON))).isTrue();
        assertThat(linkset.listSubjectsWithProperty(RDF.type, RDF.Statement).toList()).hasSize(3)
                .allMatch(s -> s.hasProperty(RDF.value) && s.hasProperty(org.apache.jena.vocabulary.DCTerms.description));
        assertThat(linkset.listSubjectsWithProperty(RDF.type, VOID.Linkset).toList())
                .extracting(l -> l.getPropertyResourceValue(VOID.linkPredicate))
                .containsExactlyInAnyOrder(OWL.sameAs, SKOS.closeMatch);
        assertThat(linkset.listSubjectsWithProperty(VOID.linkPredicate, OWL.sameAs).next()
                .getProperty(VOID.triples).getLong()).isEqualTo(2);
    }
}
