package org.thirdspace.groups.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

public interface GroupRepository extends JpaRepository<Group, Long> {

    /** The group, locked for writing until the transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select g from Group g where g.id = :id")
    Optional<Group> findForUpdate(long id);

    @Query("select g.id from Group g where g.parentId = :parentId order by g.name")
    List<Long> subgroupIds(long parentId);

    @Query("select g.id from Group g order by g.id")
    List<Long> allIds();

    @Query("select g.id from Group g join g.owners o where o.institutionId in :institutionIds")
    List<Long> idsOwnedBy(Collection<Long> institutionIds);

    @Query(value = "select count(*) from group_seat where group_id = :groupId and institution_id = :institutionId"
            + " and retired_at is null", nativeQuery = true)
    long activeSeatsOf(long groupId, long institutionId);

    @Query(value = "select id, title from group_seat where id in :ids", nativeQuery = true)
    List<Object[]> seatTitles(Collection<Long> ids);

    @Query(value = "select max(reviewed_on) from self_review where group_id = :groupId", nativeQuery = true)
    Object latestReviewOnRaw(long groupId);

    /** Date of the group's latest self-review, if any. */
    default Optional<java.time.LocalDate> latestReviewOn(long groupId) {
        Object raw = latestReviewOnRaw(groupId);
        if (raw instanceof java.sql.Date d) {
            return Optional.of(d.toLocalDate());
        }
        return Optional.ofNullable((java.time.LocalDate) raw);
    }
}
