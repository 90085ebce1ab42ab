package org.thirdspace.groups;

import java.util.List;
import java.util.Map;

/**
 * Groups the current user may see that match, with highlighted purpose fragments (HTML-escaped,
 * with {@code <mark>} around matches) and facet counts (facet name: {@code kind}, {@code activity},
 * {@code phase}, {@code region}, {@code stage}, {@code model}) over the visible matches only.
 */
public record GroupSearchResult(long total, List<Hit> hits, Map<String, List<FacetCount>> facets) {

    public record Hit(GroupSummary group, List<String> highlights) {
    }

    public record FacetCount(String code, long count) {
    }
}
