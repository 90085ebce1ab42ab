package org.thirdspace.gaps;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A gap with its answers as the current user sees them (answers whose case study they may not
 * read are left out). {@code canAnswer}: logged in with a profile and the gap not closed;
 * {@code canModerate}: moderators.
 */
public record GapDetails(long id, String title, String descriptionMarkdown, String descriptionHtml, GapStatus status,
        Map<GapFacet, Set<String>> facets, long createdByPersonId, String createdByName, Instant createdAt,
        Instant updatedAt, List<GapAnswerView> answers, boolean canAnswer, boolean canModerate) {
}
