package org.thirdspace.people.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface AffiliationRepository extends JpaRepository<Affiliation, Long> {

    List<Affiliation> findByPersonId(long personId);

    List<Affiliation> findByPersonIdIn(Collection<Long> personIds);

    @Query("select distinct a.personId from Affiliation a where a.institutionId = ?1 order by a.personId")
    List<Long> personIdsAt(long institutionId);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Affiliation a set a.institutionId = ?2 where a.institutionId = ?1")
    int moveInstitution(long fromInstitutionId, long toInstitutionId);
}
