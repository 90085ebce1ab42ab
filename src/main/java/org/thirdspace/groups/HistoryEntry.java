package org.thirdspace.groups;

import java.time.Instant;

/**
 * One entry of a group's timeline. Names are resolved at read time, so a person who moved shows
 * with their current name. {@code refId} points at the handover, review or meeting concerned;
 * {@code detail} is a short machine-written detail (a role, a stage, a reason, a title);
 * {@code activityKind} says what kind of {@link HistoryType#ACTIVITY} another feature reported
 * (see {@link GroupActivity#kind()}).
 */
public record HistoryEntry(
        long id,
        long groupId,
        HistoryType type,
        Instant occurredAt,
        Long actorPersonId,
        String actorName,
        Long subjectPersonId,
        String subjectName,
        Long institutionId,
        String institutionName,
        Long seatId,
        String seatTitle,
        Long refId,
        String detail,
        String activityKind) {
}
