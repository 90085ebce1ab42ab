package org.thirdspace.groups;

/** A person was given a seat (as holder or deputy). */
public record SeatAssigned(long groupId, long seatId, long personId, SeatAssignment.Kind kind) {
}
