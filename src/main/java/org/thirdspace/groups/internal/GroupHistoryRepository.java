package org.thirdspace.groups.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Append and read only: no update or delete methods. */
public interface GroupHistoryRepository extends Repository<GroupHistoryRecord, Long> {

    GroupHistoryRecord save(GroupHistoryRecord record);

    @Query("select h from GroupHistoryRecord h where h.groupId = :groupId order by h.occurredAt desc, h.id desc")
    List<GroupHistoryRecord> findOfGroup(long groupId, Pageable page);

    @Query("select h from GroupHistoryRecord h where h.groupId = :groupId and h.type in :types"
            + " order by h.occurredAt desc, h.id desc")
    List<GroupHistoryRecord> findOfGroup(long groupId, Collection<org.thirdspace.groups.HistoryType> types,
            Pageable page);

    @Query("select count(h) from GroupHistoryRecord h where h.groupId = :groupId")
    long countOfGroup(long groupId);

    @Query("select count(h) from GroupHistoryRecord h where h.groupId = :groupId and h.type in :types")
    long countOfGroup(long groupId, Collection<org.thirdspace.groups.HistoryType> types);

    @Query("select h from GroupHistoryRecord h where h.groupId = :groupId and h.type = :type order by h.id")
    List<GroupHistoryRecord> findOfGroupAndType(long groupId, org.thirdspace.groups.HistoryType type);
}
