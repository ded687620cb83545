package org.ogpld.endpoint.reconcile;

import java.util.List;

/**
 * How alike two names are, from 0 to 1, whatever their word order: each word of the shorter name takes the most
 * alike unused word of the other ({@link Folding#similarity}), and the sum counts twice over the words of both
 * (Dice's coefficient): "Ministry of Justice" and "Justice Ministry" give 1, "Anti-Corruption Council" and
 * "Anti-Corruption Council of Georgia" 6/7.
 */
final class NameSimilarity {

    private NameSimilarity() {}

    static double of(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        List<String> shorter = a.size() <= b.size() ? a : b;
        List<String> longer = shorter == a ? b : a;
        boolean[] used = new boolean[longer.size()];
        double sum = 0;
        for (String token : shorter) {
            int best = -1;
            double bestScore = 0;
            for (int i = 0; i < longer.size(); i++) {
                if (!used[i]) {
                    double score = Folding.similarity(token, longer.get(i));
                    if (score > bestScore) {
                        bestScore = score;
                        best = i;
                    }
                }
            }
            if (best >= 0) {
                used[best] = true;
                sum += bestScore;
            }
        }
        return 2 * sum / (a.size() + b.size());
    }
}
