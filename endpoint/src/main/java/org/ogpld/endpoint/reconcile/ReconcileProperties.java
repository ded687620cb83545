package org.ogpld.endpoint.reconcile;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the reconciliation service ({@code ogpld.reconcile.*}), documented in the endpoint README.
 *
 * @param matchScore lowest score (0–1) of a candidate given {@code match: true}
 * @param matchMargin how far (0–1) the next candidate must stay below it
 * @param minScore lowest score (0–1) of a candidate returned at all
 * @param defaultLimit candidates per query when the query gives no {@code limit}
 * @param maxLimit most candidates per query, whatever the query asks
 * @param maxBatch most queries in one batch (and ids in one data extension); more get 400
 * @param sameAsScore lowest score of a proposed {@code owl:sameAs} link ({@code ogpld link})
 * @param closeMatchScore lowest score of a proposed {@code skos:closeMatch} link
 */
@ConfigurationProperties("ogpld.reconcile")
public record ReconcileProperties(
        @DefaultValue("0.9") double matchScore,
        @DefaultValue("0.1") double matchMargin,
        @DefaultValue("0.3") double minScore,
        @DefaultValue("5") int defaultLimit,
        @DefaultValue("100") int maxLimit,
        @DefaultValue("100") int maxBatch,
        @DefaultValue("0.95") double sameAsScore,
        @DefaultValue("0.9") double closeMatchScore) {

    public ReconcileProperties {
        for (double score : new double[] {matchScore, matchMargin, minScore, sameAsScore, closeMatchScore}) {
            if (score < 0 || score > 1) {
                throw new IllegalArgumentException("ogpld.reconcile: scores and margins are between 0 and 1, not "
                        + score);
            }
        }
        if (defaultLimit < 1 || maxLimit < defaultLimit || maxBatch < 1) {
            throw new IllegalArgumentException("ogpld.reconcile: need 1 <= default-limit <= max-limit and "
                    + "max-batch >= 1");
        }
    }

    /** The defaults, for the command line and tests. */
    public static ReconcileProperties defaults() {
        return new ReconcileProperties(0.9, 0.1, 0.3, 5, 100, 100, 0.95, 0.9);
    }
}
