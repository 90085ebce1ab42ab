package org.thirdspace.audit.internal;

import java.time.Instant;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * Insert and search only: deliberately a plain {@link Repository}, so there is no update or
 * delete method to call.
 */
public interface AuditRepository extends Repository<AuditRecord, Long> {

    AuditRecord save(AuditRecord record);

    long count();

    @Query(value = """
            select e from AuditRecord e
            where (:text is null or lower(e.summary) like :text or lower(e.actorLabel) like :text
                   or lower(e.before) like :text or lower(e.after) like :text
                   or lower(concat(e.targetType, ':', e.targetId)) like :text)
              and (:action is null or e.action = :action or e.action like :actionPrefix)
              and (:targetType is null or e.targetType = :targetType)
              and (:actor is null or e.actorAccountId = :actor)
              and (:fromTime is null or e.occurredAt >= :fromTime)
              and (:toTime is null or e.occurredAt < :toTime)
            order by e.occurredAt desc, e.id desc""",
            countQuery = """
            select count(e) from AuditRecord e
            where (:text is null or lower(e.summary) like :text or lower(e.actorLabel) like :text
                   or lower(e.before) like :text or lower(e.after) like :text
                   or lower(concat(e.targetType, ':', e.targetId)) like :text)
              and (:action is null or e.action = :action or e.action like :actionPrefix)
              and (:targetType is null or e.targetType = :targetType)
              and (:actor is null or e.actorAccountId = :actor)
              and (:fromTime is null or e.occurredAt >= :fromTime)
              and (:toTime is null or e.occurredAt < :toTime)""")
    Page<AuditRecord> search(@Param("text") String text, @Param("action") String action,
            @Param("actionPrefix") String actionPrefix, @Param("targetType") String targetType,
            @Param("actor") Long actor, @Param("fromTime") Instant from, @Param("toTime") Instant to,
            Pageable pageable);
}
