package org.thirdspace.groups;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Role seats and their dated assignments. A seat never has two current holders (nor two current
 * deputies): assignments lock the seat and the database refuses a second open assignment.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class SeatService {

    /** Seats of a visible group (retired ones last), with holder, deputy or last holder. */
    public List<Seat> seats(long groupId) {
        throw new UnsupportedOperationException("seats: seats");
    }

    /** Every assignment of a seat, newest first (members of the group only). */
    public List<SeatAssignment> seatHistory(long groupId, long seatId) {
        throw new UnsupportedOperationException("seats: seatHistory");
    }

    /** Facilitators create a seat for one of the owning institutions. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Seat createSeat(long groupId, @Valid NewSeat seat) {
        throw new UnsupportedOperationException("seats: createSeat");
    }

    /** Facilitators retire a seat: current assignments end (SEAT_RETIRED), open handovers are cancelled. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Seat retireSeat(long groupId, long seatId) {
        throw new UnsupportedOperationException("seats: retireSeat");
    }

    /** Facilitators assign a holder or deputy (see {@link NewAssignment}). */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public SeatAssignment assign(long groupId, long seatId, @Valid NewAssignment assignment) {
        throw new UnsupportedOperationException("seats: assign");
    }

    /**
     * Ends an assignment on {@code endedOn} (today when null); facilitators or the person themself.
     * Ending a holder's assignment this way does not start a handover (use
     * {@link HandoverService#start} for that).
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public SeatAssignment endAssignment(long groupId, long assignmentId, LocalDate endedOn) {
        throw new UnsupportedOperationException("seats: endAssignment");
    }

    /** Single points of failure of a group (members only): sides, deputies, vacancies, overdue handovers, review due. */
    public List<Warning> warnings(long groupId) {
        throw new UnsupportedOperationException("seats: warnings");
    }

    /** Seats a person holds or held, in groups the current user may see, current first. */
    public List<HeldSeat> seatsOf(long personId) {
        throw new UnsupportedOperationException("seats: seatsOf");
    }
}
