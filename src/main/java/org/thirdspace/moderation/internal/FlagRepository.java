package org.thirdspace.moderation.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface FlagRepository extends JpaRepository<Flag, Long> {

    boolean existsByOpenKey(String openKey);

    @Query("select f from Flag f where f.targetType = :type and f.targetId = :id and f.resolvedAt is null order by f.id")
    List<Flag> findOpen(@Param("type") String type, @Param("id") String id);

    @Query("""
            select count(f) from Flag f where f.targetType = :type and f.targetId = :id and f.resolvedAt is null
              and f.trusted = true""")
    long countOpenTrusted(@Param("type") String type, @Param("id") String id);

    /** Open items: [type, id, count, first, last], most flags first, then the longest waiting. */
    @Query(value = """
            select f.targetType, f.targetId, count(f), min(f.createdAt), max(f.createdAt) from Flag f
            where f.resolvedAt is null group by f.targetType, f.targetId
            order by count(f) desc, min(f.createdAt) asc, f.targetType, f.targetId""",
            countQuery = """
            select count(distinct concat(f.targetType, ':', f.targetId)) from Flag f where f.resolvedAt is null""")
    Page<Object[]> openItems(Pageable pageable);

    @Query("""
            select f from Flag f where f.resolvedAt is null
              and concat(f.targetType, ':', f.targetId) in :refs order by f.id""")
    List<Flag> findOpenFor(@Param("refs") Collection<String> refs);
}
