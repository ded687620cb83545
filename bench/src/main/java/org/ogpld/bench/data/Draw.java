package org.ogpld.bench.data;

import java.util.List;
import java.util.SplittableRandom;
import org.ogpld.bench.data.CommitmentProfile.Weighted;

/**
 * Deterministic random choices for one generated entity: the stream depends only on the run's seed, the entity's
 * kind and its index, so each entity is the same whatever else is generated and in whatever order.
 */
final class Draw {

    private final SplittableRandom random;

    private Draw(long state) {
        this.random = new SplittableRandom(state);
    }

    /** The choices for entity {@code index} of {@code kind} in the run seeded {@code seed}. */
    static Draw of(long seed, String kind, long index) {
        long h = seed * 0x9E3779B97F4A7C15L + kind.hashCode();
        return new Draw(h * 31 + index);
    }

    int between(int low, int high) {
        return random.nextInt(low, high + 1);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** A value drawn with probability proportional to its count. */
    <T> T weighted(List<Weighted<T>> values) {
        int total = values.stream().mapToInt(Weighted::count).sum();
        int at = random.nextInt(total);
        for (Weighted<T> w : values) {
            at -= w.count();
            if (at < 0) {
                return w.value();
            }
        }
        throw new IllegalStateException("unreachable: counts add up to " + total);
    }

    /** {@code base} scaled by {@code factor}, rounded up or down at random so that the mean is exact. */
    int scaled(int base, double factor) {
        double value = base * factor;
        int floor = (int) Math.floor(value);
        return floor + (chance(value - floor) ? 1 : 0);
    }
}
