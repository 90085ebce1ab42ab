package org.thirdspace.groups;

import org.springframework.stereotype.Service;

/**
 * Searches the {@code groups} index as the current user: visitors see PUBLIC groups, logged-in
 * members also MEMBERS_ONLY ones, and PRIVATE groups only show up for their current members
 * (in hits and in every facet count).
 */
@Service
public class GroupSearch {

    /** @throws GroupException INVALID for a page or size out of range or a text over 200 characters */
    public GroupSearchResult search(GroupSearchQuery query) {
        throw new UnsupportedOperationException("groups: search");
    }
}
