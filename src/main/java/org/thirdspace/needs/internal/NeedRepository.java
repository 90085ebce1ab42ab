package org.thirdspace.needs.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface NeedRepository extends JpaRepository<Need, Long>, JpaSpecificationExecutor<Need> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select n from Need n where n.id = :id")
    Optional<Need> findForUpdate(@Param("id") long id);

    List<Need> findByGroupId(long groupId);

    /** Mirrors a group's visibility on its needs (bulk, no version bump: not an edit of the need). */
    @Modifying
    @Query("update Need n set n.groupPrivate = :groupPrivate where n.groupId = :groupId and n.groupPrivate <> :groupPrivate")
    int markGroupPrivate(@Param("groupId") long groupId, @Param("groupPrivate") boolean groupPrivate);

    /** Open needs no broker has answered since they last became open, longest waiting first. */
    @Query(value = "select n from Need n where n.status = org.thirdspace.needs.NeedStatus.OPEN "
            + "and (n.lastResponseAt is null or n.lastResponseAt < n.waitingSince) order by n.waitingSince asc, n.id asc",
            countQuery = "select count(n) from Need n where n.status = org.thirdspace.needs.NeedStatus.OPEN "
                    + "and (n.lastResponseAt is null or n.lastResponseAt < n.waitingSince)")
    Page<Need> unanswered(Pageable page);

    /** How many unanswered needs have waited since before {@code before}. */
    @Query("select count(n) from Need n where n.status = org.thirdspace.needs.NeedStatus.OPEN "
            + "and (n.lastResponseAt is null or n.lastResponseAt < n.waitingSince) and n.waitingSince <= :before")
    long countUnansweredSince(@Param("before") Instant before);

    /** Unanswered needs waiting since before {@code before} whose brokers have not been alerted yet. */
    @Query("select n.id from Need n where n.status = org.thirdspace.needs.NeedStatus.OPEN "
            + "and (n.lastResponseAt is null or n.lastResponseAt < n.waitingSince) and n.waitingSince <= :before "
            + "and n.unansweredAlertAt is null order by n.waitingSince asc, n.id asc")
    List<Long> unalertedSince(@Param("before") Instant before, Pageable limit);
}
