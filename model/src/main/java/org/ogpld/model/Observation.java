package org.ogpld.model;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One finding of a monitoring study: the level a unit, or the study's whole sample, reached on a criterion.
 *
 * @param id        an {@link Kind#OBSERVATION} id
 * @param unit      the service centre or other unit assessed (an organisation); empty when the finding covers every
 *                  unit the study observed, as the sample on the study says ({@code ogp:serviceCentresObserved})
 * @param criterion from {@value Schemes#SERVICE_QUALITY_CRITERION}
 * @param level     from {@value Schemes#SERVICE_QUALITY_LEVEL}
 * @param score     a numeric score, if the study gives one
 */
public record Observation(Id id, Optional<Id> unit, Code criterion, Code level, Optional<BigDecimal> score) {

    public Observation {
        Checks.kind(id, Kind.OBSERVATION, "id");
        unit = Checks.kind(unit, Kind.ORGANISATION, "unit");
        Checks.required(criterion, "criterion").requireScheme(Schemes.SERVICE_QUALITY_CRITERION, false, "criterion");
        Checks.required(level, "level").requireScheme(Schemes.SERVICE_QUALITY_LEVEL, false, "level");
        score = Checks.optional(score);
    }

    /** A finding about one unit. */
    public Observation(Id id, Id unit, Code criterion, Code level, Optional<BigDecimal> score) {
        this(id, Optional.of(unit), criterion, level, score);
    }
}
