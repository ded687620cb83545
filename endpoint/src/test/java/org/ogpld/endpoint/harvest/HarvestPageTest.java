package org.ogpld.endpoint.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.ogpld.endpoint.EndpointException;

class HarvestPageTest {

    private static final String COLLECTION = "http://h/harvest";
    private static final List<String> ITEMS = IntStream.range(0, 10).mapToObj(i -> "http://x/id/event/e" + i).toList();

    @Test
    void pagesStartAfterTheirKeyWhetherOrNotTheKeyStillExists() {
        assertThat(PageRequest.of(null, "3").start(ITEMS)).isZero();
        assertThat(PageRequest.of("http://x/id/event/e2", "3").start(ITEMS)).isEqualTo(3);
        assertThat(PageRequest.of("http://x/id/event/e25", "3").start(ITEMS)).isEqualTo(3);
        assertThat(PageRequest.of("http://x/id/event/zz", "3").start(ITEMS)).isEqualTo(10);
    }

    @Test
    void firstPageLinksNextAndLastButNoPrevious() {
        HarvestPage page = new HarvestPage(COLLECTION, ITEMS, 0, 3);
        assertThat(page.members()).containsExactly(ITEMS.get(0), ITEMS.get(1), ITEMS.get(2));
        assertThat(page.first()).isEqualTo(COLLECTION + "?size=3");
        assertThat(page.previous()).isNull();
        assertThat(page.next()).isEqualTo(COLLECTION + "?after=http%3A%2F%2Fx%2Fid%2Fevent%2Fe2&size=3");
        assertThat(page.last()).isEqualTo(COLLECTION + "?after=http%3A%2F%2Fx%2Fid%2Fevent%2Fe8&size=3");
    }

    @Test
    void lastPageHasPreviousButNoNext() {
        HarvestPage page = new HarvestPage(COLLECTION, ITEMS, 9, 3);
        assertThat(page.members()).containsExactly(ITEMS.get(9));
        assertThat(page.next()).isNull();
        assertThat(page.previous()).isEqualTo(COLLECTION + "?after=http%3A%2F%2Fx%2Fid%2Fevent%2Fe5&size=3");
    }

    @Test
    void emptyCollectionHasOneEmptyPage() {
        HarvestPage page = new HarvestPage(COLLECTION, List.of(), 0, 50);
        assertThat(page.members()).isEmpty();
        assertThat(page.last()).isEqualTo(page.first());
        assertThat(page.next()).isNull();
    }

    @Test
    void sizeMustBeAWholeNumberUpToTheCap() {
        assertThat(PageRequest.of(null, null).size()).isEqualTo(PageRequest.DEFAULT_SIZE);
        assertThat(PageRequest.of(null, "200").size()).isEqualTo(200);
        assertThatThrownBy(() -> PageRequest.of(null, "201")).isInstanceOf(EndpointException.class)
                .hasMessageContaining("200");
        assertThatThrownBy(() -> PageRequest.of(null, "-1")).isInstanceOf(EndpointException.class);
        assertThatThrownBy(() -> PageRequest.of(null, "x")).isInstanceOf(EndpointException.class);
    }
}
