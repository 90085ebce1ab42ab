package org.thirdspace.gaps;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * A gap-board query: text in the title or description, statuses (none: all), facet filters (codes
 * within a facet OR-ed, facets AND-ed), {@code page} from 0, {@code size} 1 to
 * {@value GapService#MAX_SIZE}.
 */
public record GapQuery(String text, Set<GapStatus> statuses, Map<GapFacet, Set<String>> filters, int page, int size) {

    public GapQuery {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        Map<GapFacet, Set<String>> copy = new EnumMap<>(GapFacet.class);
        if (filters != null) {
            filters.forEach((f, codes) -> {
                if (codes != null && !codes.isEmpty()) {
                    copy.put(f, Set.copyOf(codes));
                }
            });
        }
        filters = java.util.Collections.unmodifiableMap(copy);
    }

    public static GapQuery all(int page, int size) {
        return new GapQuery(null, null, null, page, size);
    }
}
