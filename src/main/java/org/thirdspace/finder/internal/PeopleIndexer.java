package org.thirdspace.finder.internal;

import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.thirdspace.institutions.InstitutionChanged;
import org.thirdspace.institutions.InstitutionsMerged;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.ProfileChanged;

/**
 * Keeps the people index in step. Each listener runs after the publishing transaction committed,
 * asynchronously; when Elasticsearch is down it fails, the event publication stays incomplete in
 * Modulith's registry and {@link IndexingResubmission} delivers it again later.
 */
@Component
class PeopleIndexer {

    private final PeopleIndex index;
    private final PeopleService people;

    PeopleIndexer(PeopleIndex index, PeopleService people) {
        this.index = index;
        this.people = people;
    }

    @ApplicationModuleListener
    void on(ProfileChanged changed) {
        index.reindex(changed.personId());
    }

    @ApplicationModuleListener
    void on(InstitutionChanged changed) {
        people.personIdsAffiliatedWith(changed.institutionId()).forEach(index::reindex);
    }

    @ApplicationModuleListener
    void on(InstitutionsMerged merged) {
        Set<Long> ids = new LinkedHashSet<>(people.personIdsAffiliatedWith(merged.survivorId()));
        ids.addAll(people.personIdsAffiliatedWith(merged.mergedId()));
        ids.forEach(index::reindex);
    }
}
