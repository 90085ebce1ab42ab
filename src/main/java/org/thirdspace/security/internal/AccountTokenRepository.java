package org.thirdspace.security.internal;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface AccountTokenRepository extends JpaRepository<AccountToken, Long> {

    Optional<AccountToken> findByTokenHash(String tokenHash);

    /** Marks a token used if nobody did before; returns 1 when this call won. */
    @Modifying(flushAutomatically = true)
    @Query("update AccountToken t set t.usedAt = :now where t.id = :id and t.usedAt is null")
    int markUsed(Long id, Instant now);

    /** Invalidates the outstanding tokens of an account for a purpose. */
    @Modifying(flushAutomatically = true)
    @Query("update AccountToken t set t.usedAt = :now where t.accountId = :accountId "
            + "and t.purpose = :purpose and t.usedAt is null")
    int invalidateAll(Long accountId, AccountToken.Purpose purpose, Instant now);

    @Modifying
    @Query("delete from AccountToken t where t.expiresAt < :before")
    int deleteExpiredBefore(Instant before);
}
