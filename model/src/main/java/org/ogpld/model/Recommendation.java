package org.ogpld.model;

import java.util.Set;

/**
 * One recommendation a monitoring study draws from its findings.
 *
 * @param text      the recommendation, in the source's words and in translation
 * @param criteria  the criteria it concerns, from {@value Schemes#SERVICE_QUALITY_CRITERION}
 * @param principal whether the source calls it the main one ("above all")
 */
public record Recommendation(Text text, Set<Code> criteria, boolean principal) {

    public Recommendation {
        Checks.required(text, "text");
        criteria = Set.copyOf(Checks.required(criteria, "criteria"));
        criteria.forEach(c -> c.requireScheme(Schemes.SERVICE_QUALITY_CRITERION, false, "criteria"));
    }
}
