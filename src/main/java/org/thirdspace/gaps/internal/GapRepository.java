package org.thirdspace.gaps.internal;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface GapRepository extends JpaRepository<Gap, Long>, JpaSpecificationExecutor<Gap> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select g from Gap g where g.id = :id")
    Optional<Gap> findForUpdate(@Param("id") long id);
}
