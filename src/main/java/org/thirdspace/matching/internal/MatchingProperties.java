package org.thirdspace.matching.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code thirdspace.matching.*}: the default weights of a match search (each 0 to 10) and list
 * sizes: {@code size} candidates by default (at most {@code max-size}), {@code partnered-size}
 * already-partnered people, {@code related-size} case studies and groups.
 */
@ConfigurationProperties("thirdspace.matching")
public record MatchingProperties(Double text, Double facets, Double distance, Double availability, Double activity,
        Double connections, Integer size, Integer maxSize, Integer partneredSize, Integer relatedSize) {

    public MatchingProperties {
        text = text == null ? 1.0 : text;
        facets = facets == null ? 3.0 : facets;
        distance = distance == null ? 3.0 : distance;
        availability = availability == null ? 2.0 : availability;
        activity = activity == null ? 1.0 : activity;
        connections = connections == null ? 2.0 : connections;
        size = size == null ? 10 : size;
        maxSize = maxSize == null ? 50 : maxSize;
        partneredSize = partneredSize == null ? 10 : partneredSize;
        relatedSize = relatedSize == null ? 5 : relatedSize;
    }
}
