package org.thirdspace.groups;

/** A member asked to join; facilitators decide. */
public record JoinRequested(long groupId, long requestId, long personId) {
}
