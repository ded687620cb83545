package org.ogpld.endpoint.store;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises a write that failed because the store's files could not grow: a full disk ({@code ENOSPC}), a
 * quota ({@code EDQUOT}) or a file-size limit ({@code EFBIG}, e.g. {@code ulimit -f}). TDB2 reports these as
 * {@code IOException}s wrapped in its own exceptions. The write's transaction is aborted, or, when the failure came
 * while it was committing, applied whole: never in part.
 */
public final class OutOfSpace {

    private static final Set<String> REASONS = Set.of("No space left on device", "Disk quota exceeded",
            "File too large");

    private OutOfSpace() {}

    /** The operating system's reason when {@code failure} or one of its causes is an out-of-space error. */
    public static Optional<String> reason(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof IOException && t.getMessage() != null && REASONS.contains(t.getMessage().trim())) {
                return Optional.of(t.getMessage().trim());
            }
        }
        return Optional.empty();
    }
}
