package org.thirdspace.groups.internal;

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
}
