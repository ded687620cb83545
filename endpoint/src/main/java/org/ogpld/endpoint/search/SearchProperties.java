package org.ogpld.endpoint.search;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of full-text search, under {@code ogpld.search}.
 *
 * @param pageSize results per page of {@code /search}
 * @param maxHits most index documents one search reads (statements, several per resource); past it the page says
 *                "at least" the count it has
 */
@ConfigurationProperties("ogpld.search")
public record SearchProperties(@DefaultValue("20") int pageSize, @DefaultValue("10000") int maxHits) {

    public SearchProperties {
        if (pageSize < 1 || pageSize > 500) {
            throw new IllegalArgumentException("ogpld.search.page-size must be between 1 and 500, not " + pageSize);
        }
        if (maxHits < 1) {
            throw new IllegalArgumentException("ogpld.search.max-hits must be positive, not " + maxHits);
        }
    }
}
