package org.thirdspace.groups;

import java.time.LocalDate;

/** A seat a person holds or held, for their profile ("Link teacher — Oak Primary, in Bath ITE Partnership"). */
public record HeldSeat(
        long groupId,
        String groupName,
        long seatId,
        String seatTitle,
        String institutionName,
        SeatAssignment.Kind kind,
        LocalDate startedOn,
        LocalDate endedOn) {

    public boolean current() {
        return endedOn == null || endedOn.isAfter(LocalDate.now());
    }
}
