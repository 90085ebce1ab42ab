package org.thirdspace.groups;

import java.time.LocalDate;

/** A dated assignment of a person to a seat, current or past: the seat's history. */
public record SeatAssignment(
        long id,
        long seatId,
        long personId,
        String displayName,
        Kind kind,
        LocalDate startedOn,
        LocalDate endedOn,
        EndReason endReason,
        String assignedByName) {

    public enum Kind { HOLDER, DEPUTY }

    public enum EndReason {
        /** Ended by a facilitator or the person. */
        STEPPED_DOWN,
        /** The person's affiliation with the seat's institution ended. */
        AFFILIATION_ENDED,
        /** Someone else took the seat (e.g. a handover successor). */
        REPLACED,
        /** The person left the group. */
        LEFT_GROUP,
        /** The seat was retired. */
        SEAT_RETIRED
    }

    public boolean current() {
        return endedOn == null || endedOn.isAfter(LocalDate.now());
    }
}
