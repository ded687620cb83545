package org.ogpld.endpoint.ops;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.springframework.stereotype.Component;

/** Request counts per operation since start, as {@code /$/stats} reports them. */
@Component
class RequestCounters {

    /** Counts of one operation. */
    record Counts(long total, long good, long bad, long timeouts) {}

    private final Map<String, LongAdder[]> counters = new ConcurrentHashMap<>();

    void record(String operation, int status, boolean timeout) {
        LongAdder[] c = counters.computeIfAbsent(operation,
                k -> new LongAdder[] {new LongAdder(), new LongAdder(), new LongAdder(), new LongAdder()});
        c[0].increment();
        c[status < 400 ? 1 : 2].increment();
        if (timeout) {
            c[3].increment();
        }
    }

    Map<String, Counts> snapshot() {
        Map<String, Counts> result = new TreeMap<>();
        counters.forEach((operation, c) -> result.put(operation,
                new Counts(c[0].sum(), c[1].sum(), c[2].sum(), c[3].sum())));
        return result;
    }

    Counts total() {
        return snapshot().values().stream().reduce(new Counts(0, 0, 0, 0), (a, b) -> new Counts(
                a.total() + b.total(), a.good() + b.good(), a.bad() + b.bad(), a.timeouts() + b.timeouts()));
    }
}
