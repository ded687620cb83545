package org.ogpld.endpoint.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReconcilerTest {

    private static final String ID = "https://example.org/id/";

    private static Entity organisation(String slug, String name, String member) {
        return new Entity(ID + "organisation/" + slug, "organisation/" + slug, name, "Organisation",
                Set.of(EntityType.ORGANISATION), List.of(name), List.of(),
                Map.of("member", List.of(ID + "organisation/ogp-member-" + member, member.toUpperCase())), Set.of());
    }

    private final Reconciler reconciler = new Reconciler(new TokenIndex(List.of(
            organisation("ukr-ministry-of-justice", "Ministry of Justice", "ukr"),
            organisation("alb-ministry-of-justice", "Ministry of Justice", "alb"),
            organisation("alb-ministry-of-finance", "Ministry of Finance", "alb"),
            new Entity(ID + "commitment/al0002", "commitment/al0002", "e-Acts", "Commitment",
                    Set.of(EntityType.COMMITMENT), List.of("e-Acts"), List.of("AL0002"), Map.of(), Set.of()))),
            ReconcileProperties.defaults());

    @Test
    void aNameHeldByTwoThingsReturnsBothAndMatchesNeither() {
        List<Candidate> candidates = reconciler.reconcile(new Query("ministry of  JUSTICE",
                Set.of(EntityType.ORGANISATION), 5, List.of()));
        assertThat(candidates).extracting(c -> c.entity().id()).startsWith(
                "organisation/alb-ministry-of-justice", "organisation/ukr-ministry-of-justice");
        assertThat(candidates.get(1).score()).isEqualTo(candidates.get(0).score());
        assertThat(candidates).noneMatch(Candidate::match);
    }

    @Test
    void aPropertyConstraintTellsThemApart() {
        List<Candidate> candidates = reconciler.reconcile(new Query("Ministry of Justice", Set.of(), 5,
                List.of(new Query.Constraint("member", List.of("UKR")))));
        assertThat(candidates.get(0).entity().id()).isEqualTo("organisation/ukr-ministry-of-justice");
        assertThat(candidates.get(0).match()).isTrue();
        assertThat(candidates.get(0).features()).containsEntry("property:member", 1.0);
    }

    @Test
    void anIdentifierMatchesWhateverItsSpellingAndTheTypeFilters() {
        assertThat(reconciler.reconcile(new Query("al-0002", Set.of(), 5, List.of())).get(0).match()).isTrue();
        assertThat(reconciler.reconcile(new Query("AL0002", Set.of(EntityType.PERSON), 5, List.of()))).isEmpty();
    }

    @Test
    void theLimitCutsTheCandidates() {
        assertThat(reconciler.reconcile(new Query("Ministry", Set.of(), 1, List.of()))).hasSize(1);
    }
}
