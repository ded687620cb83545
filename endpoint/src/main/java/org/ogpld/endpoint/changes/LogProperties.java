package org.ogpld.endpoint.changes;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the change log ({@code ogpld.log.*}).
 *
 * @param enabled whether writes append to the change log (on by default); off only to measure what the log costs
 *     a write: writes made meanwhile are in no log entry and the feed never shows them
 * @param retainEntries how many of the newest entries the log keeps at least; 0 (the default) keeps every entry
 * @param retainAge how old an entry may get before it is dropped; 0 (the default) keeps every entry
 * @param retainSize how much the newest entries kept may take (their patches and the resource descriptions they
 *     produced, counted in characters, about bytes), the newest always kept; 0 (the default) keeps every entry
 */
@ConfigurationProperties("ogpld.log")
public record LogProperties(@DefaultValue("true") boolean enabled, @DefaultValue("0") long retainEntries,
        @DefaultValue("0s") Duration retainAge, @DefaultValue("0B") DataSize retainSize) {

    @ConstructorBinding
    public LogProperties {
        if (retainEntries < 0) {
            throw new IllegalArgumentException("ogpld.log.retain-entries must be 0 (keep all) or more, not "
                    + retainEntries);
        }
        if (retainAge.isNegative()) {
            throw new IllegalArgumentException("ogpld.log.retain-age must be 0 (keep all) or more, not " + retainAge);
        }
        if (retainSize.isNegative()) {
            throw new IllegalArgumentException("ogpld.log.retain-size must be 0 (keep all) or more, not "
                    + retainSize);
        }
    }

    /** A policy by count and age only. */
    public LogProperties(boolean enabled, long retainEntries, Duration retainAge) {
        this(enabled, retainEntries, retainAge, DataSize.ofBytes(0));
    }

    /** Whether the log keeps every entry. */
    public boolean keepsEverything() {
        return retainEntries == 0 && retainAge.isZero() && retainSize.toBytes() == 0;
    }
}
