package org.thirdspace.people.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AffiliationRepository extends JpaRepository<Affiliation, Long> {

    List<Affiliation> findByPersonId(long personId);
}
