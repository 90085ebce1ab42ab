package org.thirdspace.groups;

import java.time.Instant;

/**
 * One stint of membership. {@code institutionId}/{@code institutionName} say on behalf of which
 * institution (null: personal capacity). {@code leftAt} is null for current members.
 */
public record Member(
        long membershipId,
        long personId,
        String displayName,
        GroupRole role,
        Long institutionId,
        String institutionName,
        Instant joinedAt,
        Instant leftAt,
        String endReason) {

    public boolean current() {
        return leftAt == null;
    }
}
