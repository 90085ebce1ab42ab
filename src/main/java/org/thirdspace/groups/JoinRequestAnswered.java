package org.thirdspace.groups;

/** A join request was approved or declined (published for the requester). */
public record JoinRequestAnswered(long groupId, long requestId, long personId, boolean approved) {
}
