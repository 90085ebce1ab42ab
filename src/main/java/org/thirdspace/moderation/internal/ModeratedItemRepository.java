package org.thirdspace.moderation.internal;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ModeratedItemRepository extends JpaRepository<ModeratedItem, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from ModeratedItem i where i.targetType = :type and i.targetId = :id")
    Optional<ModeratedItem> findForUpdate(@Param("type") String type, @Param("id") String id);

    @Query("select i from ModeratedItem i where concat(i.targetType, ':', i.targetId) in :refs")
    List<ModeratedItem> findByRefs(@Param("refs") java.util.Collection<String> refs);
}
