package org.ogpld.bench.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Our answer cache's counts are read from the Prometheus text our server exposes. */
class AnswerCacheMetricsTest {

    private static final String EXPOSITION = """
            # HELP cache_gets_total The number of times cache lookup methods have returned a cached (hit) or uncached (newly loaded or null) value (miss).
            # TYPE cache_gets_total counter
            cache_gets_total{cache="ogpld.query.answers",result="hit"} 90.0
            cache_gets_total{cache="ogpld.query.answers",result="miss"} 10.0
            cache_gets_total{cache="other",result="hit"} 5.0
            # TYPE cache_size gauge
            cache_size{cache="ogpld.query.answers"} 945.0
            cache_evictions_total{cache="ogpld.query.answers"} 0.0
            """;

    @Test
    void readsTheAnswerCachesSeriesOnly() {
        AnswerCacheMetrics metrics = AnswerCacheMetrics.parse(EXPOSITION).orElseThrow();
        assertThat(metrics).isEqualTo(new AnswerCacheMetrics(90, 10, 945, 0));
        assertThat(metrics.hitRatio()).isEqualTo(0.9);
    }

    @Test
    void countsSinceAnEarlierReading() {
        AnswerCacheMetrics later = new AnswerCacheMetrics(190, 12, 950, 3);
        assertThat(later.since(new AnswerCacheMetrics(90, 10, 945, 1)))
                .isEqualTo(new AnswerCacheMetrics(100, 2, 950, 2));
    }

    @Test
    void aServerWithoutTheCacheHasNone() {
        assertThat(AnswerCacheMetrics.parse("jvm_threads_live_threads 40.0\n")).isEmpty();
    }
}
