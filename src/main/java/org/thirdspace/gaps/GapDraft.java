package org.thirdspace.gaps;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What a moderator writes for a gap: a title (3 to {@value GapService#MAX_TITLE} characters), a
 * Markdown description (1 to {@value GapService#MAX_DESCRIPTION}) and facet codes (active terms
 * of each facet's vocabulary).
 */
public record GapDraft(String title, String description, Map<GapFacet, Set<String>> facets) {

    public GapDraft {
        Map<GapFacet, Set<String>> copy = new EnumMap<>(GapFacet.class);
        if (facets != null) {
            facets.forEach((facet, codes) -> {
                if (facet != null && codes != null && !codes.isEmpty()) {
                    copy.put(facet, Set.copyOf(new LinkedHashSet<>(codes)));
                }
            });
        }
        facets = java.util.Collections.unmodifiableMap(copy);
    }

    public static GapDraft of(String title, String description) {
        return new GapDraft(title, description, Map.of());
    }

    public GapDraft with(GapFacet facet, String... codes) {
        Map<GapFacet, Set<String>> more = new EnumMap<>(GapFacet.class);
        more.putAll(facets);
        more.put(facet, Set.of(codes));
        return new GapDraft(title, description, more);
    }
}
