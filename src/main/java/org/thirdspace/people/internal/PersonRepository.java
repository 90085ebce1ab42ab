package org.thirdspace.people.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface PersonRepository extends JpaRepository<Person, Long> {

    Optional<Person> findByAccountId(long accountId);

    /** Sets "last active" without touching the version (no conflict with a concurrent edit). */
    @Modifying
    @Query("update Person p set p.lastActiveAt = ?2 where p.accountId = ?1 and (p.lastActiveAt is null or p.lastActiveAt < ?3)")
    int markActive(long accountId, Instant at, Instant olderThan);

    /** Id and display name of the given people, in one query. */
    @Query("select p.id, p.displayName from Person p where p.id in :ids")
    List<Object[]> findNames(Collection<Long> ids);

    /**
     * People with an account and a profile that is not hidden (by its owner or by moderation) whose display name starts with the
     * prefix or has a word that does (prefix lower-case, LIKE wildcards escaped).
     */
    @Query("select p from Person p where p.accountId is not null and p.visibility <> org.thirdspace.people.Visibility.HIDDEN "
            + "and p.hiddenAt is null "
            + "and (lower(p.displayName) like concat(:prefix, '%') escape '!' "
            + "or lower(p.displayName) like concat('% ', :prefix, '%') escape '!') order by p.displayName")
    List<Person> findMentionable(String prefix, Pageable page);

    /** Ids of the profiles hidden pending moderation. */
    @Query("select p.id from Person p where p.hiddenAt is not null")
    List<Long> findHiddenIds();

    long countByHiddenAtIsNotNull();
}
