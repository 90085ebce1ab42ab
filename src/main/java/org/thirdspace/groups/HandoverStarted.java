package org.thirdspace.groups;

/** A seat's holder left its institution: the handover is assigned to them and the facilitators. */
public record HandoverStarted(long groupId, long handoverId, long seatId, long outgoingPersonId) {
}
