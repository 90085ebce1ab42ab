package org.thirdspace.notifications.internal;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.thirdspace.notifications.NotificationKind;

public interface NotificationRepository extends JpaRepository<StoredNotification, Long> {

    Page<StoredNotification> findByAccountIdOrderByCreatedAtDescIdDesc(long accountId, Pageable pageable);

    long countByAccountIdAndReadAtIsNull(long accountId);

    Optional<StoredNotification> findByIdAndAccountId(long id, long accountId);

    boolean existsByAccountIdAndKindAndSourceKey(long accountId, NotificationKind kind, String sourceKey);

    @Modifying
    @Query("update StoredNotification n set n.readAt = :now where n.accountId = :account and n.readAt is null")
    int markAllRead(@Param("account") long accountId, @Param("now") Instant now);
}
