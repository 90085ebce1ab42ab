package org.thirdspace.curation;

/**
 * A member as moderators see them when appointing curators: {@code curator} when appointed
 * already; {@code staff} for moderators and admins, who curate anyway.
 */
public record CuratorCandidate(long accountId, String displayName, String email, boolean curator, boolean staff) {
}
