package org.thirdspace.needs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * A need on the board. {@code onBehalfOf} is the institution's or the group's name;
 * {@code lastResponseAt} is null while no broker has responded.
 */
public record NeedSummary(long id, String title, NeedStatus status, String forWhom, NeedBehalf onBehalfOf,
        Map<NeedFacet, Set<String>> facets, boolean onlineOk, LocalDate startsOn, LocalDate endsOn,
        int capacityNeeded, long authorPersonId, Long claimedByPersonId, Instant createdAt, Instant lastResponseAt) {
}
