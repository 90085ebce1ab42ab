package org.thirdspace.groups.internal;

import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.thirdspace.groups.GroupChanged;
import org.thirdspace.groups.MembershipChanged;
import org.thirdspace.institutions.InstitutionChanged;
import org.thirdspace.institutions.InstitutionsMerged;

/**
 * Keeps the groups index in step. Each listener runs asynchronously after the publishing
 * transaction committed and re-reads the group from the database, so a late or repeated delivery
 * writes the current state. When Elasticsearch is down the listener fails, its event publication
 * stays incomplete and {@link GroupsIndexingResubmission} delivers it again later.
 */
@Component
class GroupsIndexer {

    private final GroupsIndex index;

    GroupsIndexer(GroupsIndex index) {
        this.index = index;
    }

    @ApplicationModuleListener
    void on(GroupChanged changed) {
        index.reindex(changed.groupId());
    }

    /** Member ids decide who sees a private group, and the member count is shown in results. */
    @ApplicationModuleListener
    void on(MembershipChanged changed) {
        index.reindex(changed.groupId());
    }

    /** Owner names are searchable and shown in results. */
    @ApplicationModuleListener
    void on(InstitutionChanged changed) {
        index.reindexOwnedBy(List.of(changed.institutionId()));
    }

    /** Groups of the duplicate show the survivor (resolved when the documents are built). */
    @ApplicationModuleListener
    void on(InstitutionsMerged merged) {
        index.reindexOwnedBy(List.of(merged.survivorId(), merged.mergedId()));
    }
}
