package org.thirdspace.institutions.internal;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InstitutionRepository extends JpaRepository<Institution, Long> {

    Page<Institution> findByNameContainingIgnoreCase(String name, Pageable page);
}
