package org.ogpld.endpoint.store;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises a write that failed because the store's files could not grow: a full disk ({@code ENOSPC}), a
 * quota ({@code EDQUOT}) or a file-size limit ({@code EFBIG}, e.g. {@code ulimit -f}). TDB2 reports these as
 * {@code IOException}s wrapped in its own exceptions. A store file that is memory-mapped (TDB2's indexes on 64-bit
 * systems) cannot report it: the write into a page the file system cannot back raises {@code SIGBUS}, which the JVM
 * turns into an {@code InternalError} ("a fault occurred in a recent unsafe memory access operation").
 */
public final class OutOfSpace {

    private static final Set<String> REASONS = Set.of("No space left on device", "Disk quota exceeded",
            "File too large");
    private static final String MAPPED_FAULT = "unsafe memory access";

    private OutOfSpace() {}

    /** The operating system's reason when {@code failure} or one of its causes is an out-of-space error. */
    public static Optional<String> reason(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof IOException && t.getMessage() != null && REASONS.contains(t.getMessage().trim())) {
                return Optional.of(t.getMessage().trim());
            }
            if (t instanceof InternalError && String.valueOf(t.getMessage()).contains(MAPPED_FAULT)) {
                return Optional.of("a memory-mapped store file could not grow");
            }
        }
        return Optional.empty();
    }
}
