package org.thirdspace.trust;

import java.util.List;

/**
 * A member's trust level and what the next level needs. {@code locked} when a moderator set the
 * level ({@code lockReason} says why); {@code staff} for moderators and admins (always LEADER).
 * {@code next} is null when no level can be earned by activity (REGULAR and up, locked, staff).
 */
public record TrustProgress(long accountId, TrustLevel level, boolean staff, boolean locked, String lockReason,
        TrustActivity activity, TrustLevel next, List<Requirement> requirements) {

    /** One threshold of the next level: {@code code} is days-visited, read-minutes, topics-entered, posts or contributions. */
    public record Requirement(String code, long needed, long have) {

        public boolean met() {
            return have >= needed;
        }
    }
}
