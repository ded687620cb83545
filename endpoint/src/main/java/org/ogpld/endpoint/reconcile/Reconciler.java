package org.ogpld.endpoint.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks a query's candidates (see {@code docs/RECONCILIATION.md} for the score).
 * <ul>
 *   <li>{@code name}: the best {@link NameSimilarity} between the query's tokens and one of the candidate's names
 *       (labels, alternative names, titles), 0.9 times it for an acronym made from a name, 0.95 when the query is
 *       a part of an identifier ({@code ALB01}), 1 when it is one of its identifiers;</li>
 *   <li>{@code property:{id}}: per constraint, 1 when a value names the candidate's fact by IRI or identifier,
 *       else the best name similarity with the fact's names;</li>
 *   <li>score: the name alone without constraints; with both, 0.6 × name + 0.4 × the constraints' mean; the
 *       constraints' mean alone for a query without text.</li>
 * </ul>
 * The first candidate gets {@code match: true} when its score is at least {@code matchScore} and every other
 * candidate stays {@code matchMargin} below it: two things of the same name are never matched.
 */
final class Reconciler {

    static final double NAME_WEIGHT = 0.6;
    /** An acronym the service made up from a name ({@code epf}) counts less than a name the data gives. */
    static final double ACRONYM_WEIGHT = 0.9;
    /** A query that is a part of an identifier ({@code ALB01} of {@code AP_ALB01}). */
    static final double IDENTIFIER_PART = 0.95;

    private static final Comparator<Candidate> RANKING = Comparator.comparingDouble(Candidate::score).reversed()
            .thenComparing(c -> c.entity().id());

    private final CandidateSource source;
    private final ReconcileProperties settings;

    Reconciler(CandidateSource source, ReconcileProperties settings) {
        this.source = source;
        this.settings = settings;
    }

    List<Candidate> reconcile(Query query) {
        List<String> tokens = Folding.tokens(query.text());
        String compact = Folding.compact(query.text());
        List<Candidate> ranked = new ArrayList<>();
        for (Profile profile : source.candidates(tokens, compact, query.types())) {
            Candidate candidate = score(profile, tokens, compact, query);
            if (candidate.score() >= settings.minScore()) {
                ranked.add(candidate);
            }
        }
        ranked.sort(RANKING);
        List<Candidate> top = new ArrayList<>(ranked.subList(0, Math.min(query.limit(), ranked.size())));
        if (!top.isEmpty() && unambiguous(ranked)) {
            top.set(0, top.get(0).matched());
        }
        return top;
    }

    private boolean unambiguous(List<Candidate> ranked) {
        double best = ranked.get(0).score();
        return best >= settings.matchScore()
                && (ranked.size() == 1 || ranked.get(1).score() <= best - settings.matchMargin());
    }

    private static Candidate score(Profile profile, List<String> tokens, String compact, Query query) {
        Map<String, Object> features = new LinkedHashMap<>();
        double score = 0;
        boolean hasText = !query.text().isEmpty();
        if (hasText) {
            boolean identifier = !compact.isEmpty() && profile.identifiers().contains(compact);
            double name = identifier ? 1 : Math.max(bestName(tokens, profile),
                    profile.identifierParts().contains(compact) ? IDENTIFIER_PART : 0);
            features.put("name", round(name));
            features.put("identifier", identifier);
            score = name;
        }
        if (!query.constraints().isEmpty()) {
            double sum = 0;
            for (Query.Constraint constraint : query.constraints()) {
                double value = constraint(profile, constraint);
                features.put("property:" + constraint.property(), round(value));
                sum += value;
            }
            double mean = sum / query.constraints().size();
            score = hasText ? NAME_WEIGHT * score + (1 - NAME_WEIGHT) * mean : mean;
        }
        return new Candidate(profile.entity(), score, false, features);
    }

    private static double bestName(List<String> tokens, Profile profile) {
        double best = 0;
        for (List<String> name : profile.names()) {
            best = Math.max(best, NameSimilarity.of(tokens, name));
        }
        for (String acronym : profile.acronyms()) {
            best = Math.max(best, ACRONYM_WEIGHT * NameSimilarity.of(tokens, List.of(acronym)));
        }
        return best;
    }

    private static double constraint(Profile profile, Query.Constraint constraint) {
        List<Profile.FactValue> facts = profile.facts().getOrDefault(constraint.property(), List.of());
        double best = 0;
        for (String value : constraint.values()) {
            String compact = Folding.compact(value);
            List<String> tokens = Folding.tokens(value);
            for (Profile.FactValue fact : facts) {
                if (value.equals(fact.iri()) || fact.iri() == null && compact.equals(fact.compact())) {
                    return 1;
                }
                if (fact.iri() == null) {
                    best = Math.max(best, NameSimilarity.of(tokens, fact.tokens()));
                }
            }
        }
        return best;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
