package org.thirdspace.gaps;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/** A gap on the board: facet codes by facet, and how many answers it has. */
public record GapSummary(long id, String title, GapStatus status, Map<GapFacet, Set<String>> facets, int answerCount,
        Instant createdAt, Instant updatedAt) {
}
