package org.thirdspace.groups;

import java.time.Instant;

/** A request to join (by the person) or an invitation (by a facilitator), and its answer. */
public record JoinRequest(
        long id,
        long groupId,
        String groupName,
        long personId,
        String displayName,
        Kind kind,
        String message,
        Long institutionId,
        String institutionName,
        String invitedByName,
        Status status,
        Instant createdAt,
        Instant decidedAt,
        String decidedByName,
        String decisionNote) {

    public enum Kind { REQUEST, INVITATION }

    public enum Status { OPEN, APPROVED, DECLINED, WITHDRAWN }
}
