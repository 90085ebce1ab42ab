package org.thirdspace.groups.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface GroupJoinRepository extends JpaRepository<GroupJoin, Long> {

    @Query("select j from GroupJoin j where j.groupId = :groupId and j.personId = :personId and j.openSlot = 1")
    Optional<GroupJoin> findOpen(long groupId, long personId);

    @Query("select j from GroupJoin j where j.groupId = :groupId and j.openSlot = 1 order by j.createdAt")
    List<GroupJoin> findOpenOf(long groupId);

    @Query("select j from GroupJoin j where j.personId = :personId and j.openSlot = 1 order by j.createdAt desc")
    List<GroupJoin> findOpenOfPerson(long personId);

    @Query("select count(j) from GroupJoin j where j.groupId = :groupId and j.openSlot = 1"
            + " and j.kind = org.thirdspace.groups.JoinRequest.Kind.REQUEST")
    long countOpenRequests(long groupId);
}
