package org.thirdspace.needs;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * A needs-board query: text in the title, description or "for whom", statuses (none: all the
 * reader may see), facet filters (codes within a facet OR-ed, facets AND-ed), {@code page} from 0,
 * {@code size} 1 to {@value NeedService#MAX_SIZE}.
 */
public record NeedQuery(String text, Set<NeedStatus> statuses, Map<NeedFacet, Set<String>> filters, int page,
        int size) {

    public NeedQuery {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        Map<NeedFacet, Set<String>> copy = new EnumMap<>(NeedFacet.class);
        if (filters != null) {
            filters.forEach((f, codes) -> {
                if (f != null && codes != null && !codes.isEmpty()) {
                    copy.put(f, Set.copyOf(codes));
                }
            });
        }
        filters = Collections.unmodifiableMap(copy);
    }

    public static NeedQuery all(int page, int size) {
        return new NeedQuery(null, null, null, page, size);
    }
}
