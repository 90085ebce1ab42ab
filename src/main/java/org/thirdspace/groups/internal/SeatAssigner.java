package org.thirdspace.groups.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.thirdspace.groups.GroupChanged;
import org.thirdspace.groups.GroupException;
import org.thirdspace.groups.HistoryType;
import org.thirdspace.groups.MembershipChanged;
import org.thirdspace.groups.SeatAssigned;
import org.thirdspace.groups.SeatAssignment.EndReason;
import org.thirdspace.groups.SeatAssignment.Kind;

/**
 * The one path that gives a seat a holder or deputy, and the one that ends assignments. No
 * permission checks (the services do them). A seat never gets two open assignments of one kind:
 * callers lock the seat row first ({@link #lockSeat}), and the database's unique key
 * (seat_id, kind, open_slot) refuses a second open row should anything slip past the lock.
 * Services that lock seats run at READ COMMITTED, so that what they read after taking the lock is
 * what the previous lock holder committed (MySQL's default REPEATABLE READ would show the snapshot
 * from before the wait).
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class SeatAssigner {

    private static final Logger log = LoggerFactory.getLogger(SeatAssigner.class);

    private final GroupSeatRepository seats;
    private final AssignmentRepository assignments;
    private final Memberships memberships;
    private final GroupAccess access;
    private final GroupHistoryLog history;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SeatAssigner(GroupSeatRepository seats, AssignmentRepository assignments, Memberships memberships,
            GroupAccess access, GroupHistoryLog history, ApplicationEventPublisher events, Clock clock) {
        this.seats = seats;
        this.assignments = assignments;
        this.memberships = memberships;
        this.access = access;
        this.history = history;
        this.events = events;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * The group's seat, locked for writing until the transaction ends.
     *
     * @throws GroupException NOT_FOUND when the seat is not one of the group's, CONFLICT when
     *         another transaction holds the lock for too long
     */
    public GroupSeat lockSeat(long groupId, long seatId) {
        try {
            return seats.findForUpdate(seatId).filter(s -> s.groupId() == groupId)
                    .orElseThrow(() -> GroupException.notFound("groups.seats.error.not-found"));
        } catch (PessimisticLockingFailureException e) {
            throw GroupException.conflict("groups.seats.error.busy");
        }
    }

    /**
     * Makes the person the seat's holder or deputy from {@code startedOn}: the current occupant of
     * that kind is replaced (ends the day before, not before their own start, reason REPLACED); a
     * deputy who becomes holder gives up the deputy place. The person becomes a member on behalf
     * of the seat's institution. The seat must have been locked by {@link #lockSeat}.
     */
    public Assignment assign(GroupSeat seat, long personId, Kind kind, LocalDate startedOn, Long actor) {
        LocalDate today = today();
        Kind other = kind == Kind.HOLDER ? Kind.DEPUTY : Kind.HOLDER;
        var sameKind = assignments.findOpen(seat.id(), kind);
        var otherKind = assignments.findOpen(seat.id(), other);
        if (sameKind.filter(a -> a.current(today) && a.personId() == personId).isPresent()) {
            throw GroupException.conflict("groups.seats.error.already-assigned");
        }
        if (kind == Kind.DEPUTY && otherKind.filter(a -> a.current(today) && a.personId() == personId).isPresent()) {
            throw GroupException.invalid("personId", "groups.seats.error.holder-as-deputy");
        }
        if (sameKind.filter(a -> a.current(today) && startedOn.isBefore(a.startedOn())).isPresent()) {
            throw GroupException.invalid("startedOn", "groups.seats.error.start-before-current");
        }
        LocalDate replacedOn = startedOn.minusDays(1);
        sameKind.ifPresent(a -> endOrClose(seat, a, replacedOn, EndReason.REPLACED, actor, today));
        if (kind == Kind.HOLDER) {
            otherKind.filter(a -> a.personId() == personId)
                    .ifPresent(a -> endOrClose(seat, a, replacedOn, EndReason.REPLACED, actor, today));
        }
        Assignment saved;
        try {
            // the ended rows must be written before the new open row, or the unique key trips
            assignments.flush();
            saved = assignments.saveAndFlush(new Assignment(seat.id(), personId, kind, startedOn, actor,
                    clock.instant()));
        } catch (DataIntegrityViolationException | OptimisticLockingFailureException e) {
            log.info("Seat {} got a concurrent {} assignment; refused the second", seat.id(), kind);
            throw GroupException.conflict("groups.seats.error.busy");
        }
        memberships.ensureMember(seat.groupId(), personId, seat.institutionId(), actor);
        history.record(seat.groupId(), HistoryType.SEAT_ASSIGNED, actor, personId, seat.institutionId(), seat.id(),
                saved.id(), kind.name());
        events.publishEvent(new SeatAssigned(seat.groupId(), seat.id(), personId, kind));
        events.publishEvent(new GroupChanged(seat.groupId()));
        return saved;
    }

    /**
     * Ends an assignment on {@code on} and writes it to the history. An end in the future keeps
     * it open until that day ({@link #closeEndedAssignments}).
     */
    public void end(GroupSeat seat, Assignment assignment, LocalDate on, EndReason reason, Long actor) {
        assignment.end(on, reason, actor, today());
        history.record(seat.groupId(), HistoryType.SEAT_ASSIGNMENT_ENDED, actor, assignment.personId(),
                seat.institutionId(), seat.id(), assignment.id(), assignment.kind().name() + " " + reason.name());
    }

    /** Open assignments of the seat, holder first. */
    public List<Assignment> openOf(GroupSeat seat) {
        return assignments.findOpenOfSeats(List.of(seat.id())).stream()
                .sorted(java.util.Comparator.comparing(Assignment::kind)).toList();
    }

    /**
     * A member left or was removed: their open assignments in the group end today (LEFT_GROUP),
     * in the same transaction as the leaving.
     */
    @EventListener
    @Transactional(propagation = Propagation.REQUIRED)
    public void on(MembershipChanged changed) {
        if (changed.joined()) {
            return;
        }
        List<Assignment> open = assignments.findOpenOfPersonInGroup(changed.groupId(), changed.personId());
        if (open.isEmpty()) {
            return;
        }
        LocalDate today = today();
        Long actor = access.myPersonId().orElse(null);
        for (Assignment a : open) {
            GroupSeat seat = seats.findById(a.seatId()).orElseThrow();
            if (a.current(today)) {
                end(seat, a, today, EndReason.LEFT_GROUP, actor);
            } else {
                a.closeIfEnded(today);
            }
        }
        events.publishEvent(new GroupChanged(changed.groupId()));
    }

    /** Frees the slots of assignments whose end date has come; returns how many. */
    @Transactional(propagation = Propagation.REQUIRED)
    public int closeEndedAssignments() {
        LocalDate today = today();
        List<Assignment> due = assignments.findOpenEndedBy(today);
        due.forEach(a -> a.closeIfEnded(today));
        return due.size();
    }

    private void endOrClose(GroupSeat seat, Assignment a, LocalDate on, EndReason reason, Long actor,
            LocalDate today) {
        if (a.current(today)) {
            end(seat, a, on, reason, actor);
        } else {
            // its end came already; only the nightly job had not freed the slot yet
            a.closeIfEnded(today);
        }
    }
}
