package org.thirdspace.trust;

/**
 * One member as moderators see them in the trust search: who they are, their current level,
 * whether it is {@code locked} by a moderator and whether they are {@code staff} (moderators and
 * admins, always LEADER).
 */
public record MemberTrust(long accountId, String displayName, String email, TrustLevel level, boolean staff,
        boolean locked) {
}
