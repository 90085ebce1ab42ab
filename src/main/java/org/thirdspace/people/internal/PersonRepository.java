package org.thirdspace.people.internal;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface PersonRepository extends JpaRepository<Person, Long> {

    Optional<Person> findByAccountId(long accountId);

    /** Sets "last active" without touching the version (no conflict with a concurrent edit). */
    @Modifying
    @Query("update Person p set p.lastActiveAt = ?2 where p.accountId = ?1 and (p.lastActiveAt is null or p.lastActiveAt < ?3)")
    int markActive(long accountId, Instant at, Instant olderThan);
}
