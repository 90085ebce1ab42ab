package org.thirdspace.groups;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk import of groups with their history (admins only): writes groups, memberships, seats,
 * assignments, handovers, reviews and meetings with their own dates, and a timeline that matches
 * them. Publishes {@link GroupChanged} for each group, so the search index follows.
 */
@Service
public class GroupImport {

    /** @return ids of the created groups, in order */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public List<Long> importGroups(List<ImportedGroup> groups) {
        throw new UnsupportedOperationException("groups: import");
    }
}
