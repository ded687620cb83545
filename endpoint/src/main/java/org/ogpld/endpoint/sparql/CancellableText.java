package org.ogpld.endpoint.sparql;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.QueryCancelledException;

/**
 * A string as {@code java.util.regex} reads it, that stops the match once the query is cancelled. A backtracking
 * match is one Java call that ARQ's cancellation never interrupts; it reads its input only through
 * {@link #charAt}, so checking the cancel signal there (every 4,096 reads, a volatile read each) bounds it.
 */
final class CancellableText implements CharSequence {

    private static final int CHECK_EVERY = 0xFFF;

    private final String text;
    private final AtomicBoolean cancelled;
    private int reads;

    CancellableText(String text, AtomicBoolean cancelled) {
        this.text = text;
        this.cancelled = cancelled;
    }

    @Override
    public char charAt(int index) {
        if ((++reads & CHECK_EVERY) == 0 && cancelled.get()) {
            throw new QueryCancelledException();
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new CancellableText(text.substring(start, end), cancelled);
    }

    @Override
    public String toString() {
        return text;
    }
}
