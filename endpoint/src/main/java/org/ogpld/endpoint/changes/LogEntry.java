package org.ogpld.endpoint.changes;

import java.time.Instant;

/**
 * One committed write transaction as the log keeps it.
 *
 * @param seq its place in the log, from 1, with no gaps
 * @param time when it committed (always later than the entry before it)
 * @param patch the RDF Patch: headers ({@code id}, {@code prev}, {@code time}, {@code version}, {@code user}),
 *     then {@code TX}, the {@code A}/{@code D} lines, {@code TC}
 * @param user who wrote it (the credential's user name, {@code token} for the bearer token), or empty
 * @param firstMember the stream index of its first member
 * @param memberCount how many members (resource versions) it produced
 */
public record LogEntry(long seq, Instant time, String patch, String user, long firstMember, int memberCount) {
}
