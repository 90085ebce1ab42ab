package org.thirdspace.forum.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface TopicRepository extends JpaRepository<Topic, Long>, JpaSpecificationExecutor<Topic> {

    /** The topic, locked for writing until the transaction ends (replies are numbered one at a time). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from Topic t where t.id = :id")
    Optional<Topic> findForUpdate(long id);

    @Query("select distinct t.groupId from Topic t where t.groupId is not null")
    List<Long> findGroupIdsWithTopics();

    /** Per category: topic count (merged ones left out) and latest activity. */
    @Query("select t.categoryId, count(t), max(t.lastPostedAt) from Topic t where t.categoryId is not null "
            + "and t.mergedIntoId is null group by t.categoryId")
    List<Object[]> categoryStats();

    /** Per group: topic count (merged ones left out) and latest activity. */
    @Query("select t.groupId, count(t), max(t.lastPostedAt) from Topic t where t.groupId in :groupIds "
            + "and t.mergedIntoId is null group by t.groupId")
    List<Object[]> groupStats(Collection<Long> groupIds);

    @Query("select t from Topic t where t.createdAt > :since and t.mergedIntoId is null")
    List<Topic> findStartedSince(java.time.Instant since);

    @Query("select t.id from Topic t where t.categoryId = :categoryId and t.mergedIntoId is null")
    List<Long> findIdsInCategory(long categoryId);

    @Query("select t.id from Topic t where t.groupId = :groupId and t.mergedIntoId is null")
    List<Long> findIdsInGroup(long groupId);
}
