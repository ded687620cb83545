package org.ogpld.endpoint.reconcile;

import java.util.Map;

/**
 * A ranked candidate.
 *
 * @param entity the entity
 * @param score from 0 to 1 (answers show it times 100)
 * @param match whether the evidence is unambiguous enough to take it without review
 * @param features the parts of the score: {@code name} (0–1), {@code identifier} (true when the query is one of its
 *                 identifiers), {@code property:{id}} (0–1 per constraint)
 */
record Candidate(Entity entity, double score, boolean match, Map<String, Object> features) {

    Candidate {
        features = Map.copyOf(features);
    }

    Candidate matched() {
        return new Candidate(entity, score, true, features);
    }
}
