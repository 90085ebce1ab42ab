package org.thirdspace.groups;

/** The successor accepted and holds the seat now. */
public record HandoverAccepted(long groupId, long handoverId, long successorPersonId) {
}
