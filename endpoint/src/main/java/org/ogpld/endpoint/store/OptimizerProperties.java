package org.ogpld.endpoint.store;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the query optimiser's statistics, under {@code ogpld.optimizer} ({@link OptimizerStatistics}).
 *
 * @param statistics         whether TDB2's statistics-based join ordering is used (made after loads, kept current);
 *                           off, queries use TDB2's fixed heuristic ordering, as stock Fuseki does without a stats file
 * @param refreshAfterWrites committed writes after which the statistics are recomputed (in the background)
 * @param checkEvery         how often the background task looks at how many writes were committed
 */
@ConfigurationProperties("ogpld.optimizer")
public record OptimizerProperties(@DefaultValue("true") boolean statistics,
                                  @DefaultValue("100") int refreshAfterWrites,
                                  @DefaultValue("10s") Duration checkEvery) {

    public OptimizerProperties {
        if (refreshAfterWrites < 1) {
            throw new IllegalArgumentException("ogpld.optimizer.refresh-after-writes must be positive, not "
                    + refreshAfterWrites);
        }
        if (checkEvery == null || checkEvery.isNegative() || checkEvery.isZero()) {
            throw new IllegalArgumentException("ogpld.optimizer.check-every must be a positive duration, not "
                    + checkEvery);
        }
    }
}
