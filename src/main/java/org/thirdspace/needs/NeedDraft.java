package org.thirdspace.needs;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What a member writes for a need: a title (3 to {@value NeedService#MAX_TITLE} characters), a
 * Markdown description, for whom (free text, e.g. "Year 9 girls, 30 students"), on behalf of
 * exactly one of an institution ({@code institutionId}, a current affiliation of the poster) or a
 * group ({@code groupId}, one they are a current member of), facet codes (active vocabulary terms;
 * a region is required unless {@code onlineOk}), an optional time frame and how many people are
 * needed (1 to {@value NeedService#MAX_CAPACITY}).
 */
public record NeedDraft(String title, String description, String forWhom, Long institutionId, Long groupId,
        Map<NeedFacet, Set<String>> facets, boolean onlineOk, LocalDate startsOn, LocalDate endsOn,
        Integer capacityNeeded) {

    public NeedDraft {
        Map<NeedFacet, Set<String>> copy = new EnumMap<>(NeedFacet.class);
        if (facets != null) {
            facets.forEach((facet, codes) -> {
                if (facet != null && codes != null && !codes.isEmpty()) {
                    copy.put(facet, Set.copyOf(new LinkedHashSet<>(codes)));
                }
            });
        }
        facets = Collections.unmodifiableMap(copy);
    }

    /** The same draft with one facet's codes replaced. */
    public NeedDraft with(NeedFacet facet, String... codes) {
        Map<NeedFacet, Set<String>> more = new EnumMap<>(NeedFacet.class);
        more.putAll(facets);
        more.put(facet, Set.of(codes));
        return new NeedDraft(title, description, forWhom, institutionId, groupId, more, onlineOk, startsOn, endsOn,
                capacityNeeded);
    }
}
