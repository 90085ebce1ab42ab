package org.thirdspace.groups.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SeatHandoverRepository extends JpaRepository<SeatHandover, Long> {

    String ACTIVE = "(org.thirdspace.groups.Handover.Status.OPEN, org.thirdspace.groups.Handover.Status.NOMINATED)";

    @Query("select h from SeatHandover h where h.groupId = :groupId order by h.openedAt desc, h.id desc")
    List<SeatHandover> findByGroup(long groupId);

    @Query("select h from SeatHandover h where h.groupId = :groupId and h.status in " + ACTIVE
            + " order by h.openedAt, h.id")
    List<SeatHandover> findActiveByGroup(long groupId);

    @Query("select h from SeatHandover h where h.groupId in :groupIds and h.status in " + ACTIVE
            + " order by h.openedAt, h.id")
    List<SeatHandover> findActiveByGroups(Collection<Long> groupIds);

    @Query("select h from SeatHandover h where h.seatId = :seatId and h.status in " + ACTIVE)
    List<SeatHandover> findActiveBySeat(long seatId);

    @Query("select h from SeatHandover h where h.status in " + ACTIVE
            + " and (h.outgoingPersonId = :personId or h.successorPersonId = :personId or h.groupId in :groupIds)"
            + " order by h.openedAt, h.id")
    List<SeatHandover> findActiveConcerning(long personId, Collection<Long> groupIds);

    /** Still open after their due date and not flagged yet. */
    @Query("select h from SeatHandover h where h.status in " + ACTIVE
            + " and h.dueOn < :today and h.overdueFlaggedAt is null order by h.id")
    List<SeatHandover> findOverdueUnflagged(LocalDate today);

    Optional<SeatHandover> findByAssignmentId(long assignmentId);
}
