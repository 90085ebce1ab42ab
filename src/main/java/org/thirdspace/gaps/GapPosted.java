package org.thirdspace.gaps;

import java.util.Map;
import java.util.Set;

/** Published with the transaction when a moderator posts a gap (for notifications). */
public record GapPosted(long gapId, String title, Map<GapFacet, Set<String>> facets, long postedByPersonId) {
}
