package org.thirdspace.groups.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

public interface GroupSeatRepository extends JpaRepository<GroupSeat, Long> {

    /** The seat, locked for writing until the transaction ends (assignments of one seat queue up here). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from GroupSeat s where s.id = :id")
    Optional<GroupSeat> findForUpdate(long id);

    @Query("select s from GroupSeat s where s.groupId = :groupId order by s.id")
    List<GroupSeat> findByGroup(long groupId);

    @Query("select s from GroupSeat s where s.groupId = :groupId and s.retiredAt is null order by s.id")
    List<GroupSeat> findActiveByGroup(long groupId);

    @Query("select s from GroupSeat s where s.groupId in :groupIds and s.retiredAt is null order by s.id")
    List<GroupSeat> findActiveByGroups(Collection<Long> groupIds);
}
