package org.thirdspace.groups.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MembershipRepository extends JpaRepository<Membership, Long> {

    @Query("select m from Membership m where m.groupId = :groupId and m.personId = :personId and m.currentSlot = 1")
    Optional<Membership> findCurrent(long groupId, long personId);

    @Query("select m from Membership m where m.groupId = :groupId and m.currentSlot = 1 order by m.joinedAt, m.id")
    List<Membership> findCurrentOf(long groupId);

    @Query("select m from Membership m where m.groupId = :groupId and m.currentSlot is null order by m.leftAt desc, m.id desc")
    List<Membership> findFormerOf(long groupId);

    @Query("select m from Membership m where m.personId = :personId and m.currentSlot = 1 order by m.joinedAt")
    List<Membership> findCurrentOfPerson(long personId);

    @Query("select m from Membership m where m.personId = :personId and m.institutionId = :institutionId"
            + " and m.currentSlot = 1")
    List<Membership> findCurrentOnBehalfOf(long personId, long institutionId);

    @Query("select count(m) from Membership m where m.groupId = :groupId and m.currentSlot = 1")
    long countCurrent(long groupId);

    @Query("select m.personId from Membership m where m.groupId = :groupId and m.currentSlot = 1")
    List<Long> currentPersonIds(long groupId);

    @Query("select m.groupId, count(m) from Membership m where m.groupId in :groupIds and m.currentSlot = 1"
            + " group by m.groupId")
    List<Object[]> countCurrentByGroup(Collection<Long> groupIds);
}
