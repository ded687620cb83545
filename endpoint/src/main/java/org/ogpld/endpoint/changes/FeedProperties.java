package org.ogpld.endpoint.changes;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the event stream ({@code ogpld.feed.*}).
 *
 * @param pageSize members per page of {@code /feed}; a page holding that many is full and never changes again
 */
@ConfigurationProperties("ogpld.feed")
public record FeedProperties(@DefaultValue("250") int pageSize) {

    /** The default of {@code ogpld.feed.page-size}. */
    public static final int DEFAULT_PAGE_SIZE = 250;

    public FeedProperties {
        if (pageSize < 1) {
            throw new IllegalArgumentException("ogpld.feed.page-size must be at least 1, not " + pageSize);
        }
    }
}
