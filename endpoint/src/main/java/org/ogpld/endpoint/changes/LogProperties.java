package org.ogpld.endpoint.changes;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the change log ({@code ogpld.log.*}).
 *
 * @param enabled whether writes append to the change log (on by default); off only to measure what the log costs
 *     a write: writes made meanwhile are in no log entry and the feed never shows them
 */
@ConfigurationProperties("ogpld.log")
public record LogProperties(@DefaultValue("true") boolean enabled) {
}
