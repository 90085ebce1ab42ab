package org.thirdspace.needs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * A need as the current user sees it. {@code canEdit}: the author, facilitators of the group it is
 * on behalf of, brokers and moderators (they also close and reopen it); {@code canClaim}: brokers,
 * while it is open.
 */
public record NeedDetails(long id, String title, String descriptionMarkdown, String descriptionHtml, String forWhom,
        NeedBehalf onBehalfOf, Map<NeedFacet, Set<String>> facets, boolean onlineOk, LocalDate startsOn,
        LocalDate endsOn, int capacityNeeded, NeedStatus status, NeedOutcome outcome, String outcomeNote,
        Long claimedByPersonId, String claimedByName, Instant claimedAt, Instant closedAt, Instant lastResponseAt,
        long authorPersonId, String authorName, Instant createdAt, Instant updatedAt, boolean canEdit,
        boolean canClaim) {
}
