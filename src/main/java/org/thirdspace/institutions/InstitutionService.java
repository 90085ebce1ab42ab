package org.thirdspace.institutions;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.thirdspace.institutions.internal.Institution;
import org.thirdspace.institutions.internal.InstitutionRepository;

import jakarta.validation.Valid;

/** Schools, colleges, universities and the other organisations partnerships are made of. */
@Service
@Validated
@Transactional(readOnly = true)
public class InstitutionService {

    private final InstitutionRepository institutions;
    private final Clock clock;

    InstitutionService(InstitutionRepository institutions, Clock clock) {
        this.institutions = institutions;
        this.clock = clock;
    }

    public Optional<InstitutionSummary> find(long id) {
        return institutions.findById(id).map(Institution::toSummary);
    }

    public Page<InstitutionSummary> search(String text, Pageable page) {
        String term = text == null ? "" : text.strip();
        return (term.isEmpty() ? institutions.findAll(page) : institutions.findByNameContainingIgnoreCase(term, page))
                .map(Institution::toSummary);
    }

    public long count() {
        return institutions.count();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
    public InstitutionSummary register(@Valid NewInstitution institution) {
        return institutions.save(Institution.from(institution, clock.instant())).toSummary();
    }

    /** Registers many institutions in one transaction (used by imports and the demo data). */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public List<InstitutionSummary> registerAll(List<@Valid NewInstitution> newInstitutions) {
        var now = clock.instant();
        return institutions.saveAll(newInstitutions.stream().map(n -> Institution.from(n, now)).toList())
                .stream().map(Institution::toSummary).toList();
    }
}
