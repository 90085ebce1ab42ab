package org.thirdspace.groups.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.thirdspace.groups.SeatAssignment.Kind;

public interface AssignmentRepository extends JpaRepository<Assignment, Long> {

    /** The open assignment of a kind (at most one: the database's unique key sees to it). */
    @Query("select a from Assignment a where a.seatId = :seatId and a.kind = :kind and a.openSlot = 1")
    Optional<Assignment> findOpen(long seatId, Kind kind);

    @Query("select a from Assignment a where a.seatId in :seatIds and a.openSlot = 1")
    List<Assignment> findOpenOfSeats(Collection<Long> seatIds);

    @Query("select a from Assignment a where a.seatId = :seatId order by a.startedOn desc, a.id desc")
    List<Assignment> historyOf(long seatId);

    /** Ended holders of the seats, newest end first (the first per seat is its last holder). */
    @Query("select a from Assignment a where a.seatId in :seatIds and a.kind = org.thirdspace.groups.SeatAssignment.Kind.HOLDER"
            + " and a.openSlot is null order by a.endedOn desc, a.id desc")
    List<Assignment> endedHoldersOf(Collection<Long> seatIds);

    /** Open assignments of a person on seats of a group. */
    @Query("select a from Assignment a, GroupSeat s where s.id = a.seatId and s.groupId = :groupId"
            + " and a.personId = :personId and a.openSlot = 1")
    List<Assignment> findOpenOfPersonInGroup(long groupId, long personId);

    /** Open assignments of a person on seats held for an institution (in any group). */
    @Query("select a from Assignment a, GroupSeat s where s.id = a.seatId and s.institutionId = :institutionId"
            + " and a.personId = :personId and a.openSlot = 1 order by a.id")
    List<Assignment> findOpenOfPersonForInstitution(long personId, long institutionId);

    /** Open assignments whose end date has come. */
    @Query("select a from Assignment a where a.openSlot = 1 and a.endedOn is not null and a.endedOn <= :today")
    List<Assignment> findOpenEndedBy(LocalDate today);

    @Query("select a.seatId from Assignment a where a.id = :id")
    Optional<Long> seatIdOf(long id);

    @Query("select a from Assignment a where a.personId = :personId order by a.startedOn desc, a.id desc")
    List<Assignment> findByPerson(long personId);
}
