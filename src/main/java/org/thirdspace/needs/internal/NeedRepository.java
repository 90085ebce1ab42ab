package org.thirdspace.needs.internal;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

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
}
