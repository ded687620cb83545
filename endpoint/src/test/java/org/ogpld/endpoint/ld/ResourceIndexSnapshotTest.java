package org.ogpld.endpoint.ld;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

class ResourceIndexSnapshotTest {

    private static final String B = "https://example.org/id/event/b";
    private static final String A = "https://example.org/id/event/a";
    private static final String P = "https://example.org/id/person/ə-p";
    private static final String OTHER = "http://other.example/x#y";

    private final ResourceIndex.Snapshot snapshot = ResourceIndex.Snapshot.of(7, Map.of(
            B, List.of(B + "#talk-1", B, B + "#talk-2"),
            A, List.of(A + "#talk-1"),
            P, List.of(P),
            OTHER, List.of(OTHER)), iri -> iri.contains("/event/") ? "event"
                    : iri.contains("/person/") ? "person" : ResourceIndex.OTHER);

    @Test
    void listsOwnersInIriOrderAndByKind() {
        assertThat(snapshot.generation()).isEqualTo(7);
        assertThat(snapshot.all()).containsExactly(OTHER, A, B, P);
        assertThat(snapshot.ofKind("event")).containsExactly(A, B);
        assertThat(snapshot.ofKind("person")).containsExactly(P);
        assertThat(snapshot.ofKind("plan")).isEmpty();
        assertThat(snapshot.byKind()).containsOnlyKeys("event", "person", ResourceIndex.OTHER);
        assertThat(snapshot.counts()).containsExactly(Map.entry("event", 2), Map.entry("person", 1));
    }

    @Test
    void givesEachOwnerItsSubjectsAndNothingForOthers() {
        assertThat(snapshot.subjects(B)).containsExactlyInAnyOrder(NodeFactory.createURI(B),
                NodeFactory.createURI(B + "#talk-1"), NodeFactory.createURI(B + "#talk-2"));
        assertThat(snapshot.subjects(A)).containsExactly(NodeFactory.createURI(A + "#talk-1"));
        assertThat(snapshot.subjects(P)).containsExactly(NodeFactory.createURI(P));
        assertThat(snapshot.subjects(OTHER)).containsExactly(NodeFactory.createURI(OTHER));
        assertThat(snapshot.subjects(B + "#talk-1")).isEmpty();
        assertThat(snapshot.holds(A)).isTrue();
        assertThat(snapshot.holds("https://example.org/id/event/c")).isFalse();
    }

    @Test
    void anEmptyIndexHoldsNothing() {
        ResourceIndex.Snapshot empty = ResourceIndex.Snapshot.empty(1);
        assertThat(empty.all()).isEmpty();
        assertThat(empty.counts()).isEmpty();
        assertThat(empty.subjects(A)).isEmpty();
    }
}
