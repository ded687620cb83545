package org.ogpld.bench.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The warm-up pass covers every request a timed round can send, each once. */
class QueryLoadTest {

    /** Lists whose sizes share factors with the steps the templates take through them (7, 3, 11, 5, 13). */
    private static final Samples SAMPLES = new Samples(iris("person", 14), iris("member", 6), iris("commitment", 22),
            iris("organiser", 10), iris("event", 4));
    private static final List<QueryMix.Template> MIX = QueryMix.of(SAMPLES);

    private static List<String> iris(String kind, int n) {
        return IntStream.range(0, n).mapToObj(i -> "https://example.org/" + kind + "/" + i).toList();
    }

    private static String text(long request) {
        QueryMix.Template template = MIX.get((int) (request % MIX.size()));
        return template.name() + "\n" + template.text().apply(request / MIX.size());
    }

    @Test
    void samplesComeRoundAfterTheLeastCommonMultipleOfEachKindsCycle() {
        // persons 14/gcd(7,14)=2, members 6/3=2, commitments 22/11=2, organisers 10/5=2, events 4, fragments 15
        assertThat(SAMPLES.cycle()).isEqualTo(60);
        for (long request = 0; request < 3 * 60 * MIX.size(); request++) {
            assertThat(text(request + 60 * MIX.size())).isEqualTo(text(request));
        }
    }

    @Test
    void distinctRequestsAreEveryRequestOfAnyRoundEachOnce() {
        List<Long> distinct = new QueryLoad(MIX, 1, false).distinct(SAMPLES.cycle());
        Set<String> pass = new HashSet<>();
        distinct.forEach(request -> assertThat(pass.add(text(request))).as("request %d sent once", request).isTrue());

        Set<String> rounds = new HashSet<>();
        for (long first : new long[] {0, 1_000_000, 10_000_017}) {
            for (long request = first; request < first + 5_000; request++) {
                rounds.add(text(request));
            }
        }
        assertThat(pass).isEqualTo(rounds);
        // templates without parameters once each; person 2, member 2, organiser 2, commitment 2, event 4, fragment 15
        long expected = MIX.stream().mapToLong(t -> IntStream.range(0, 60)
                .mapToObj(s -> t.text().apply((long) s)).distinct().count()).sum();
        assertThat(distinct).hasSize((int) expected);
    }
}
