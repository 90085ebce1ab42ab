package org.thirdspace.groups;

/** Who may see a group, its space and its existence. */
public enum GroupVisibility {
    /** Anyone, also visitors who are not logged in. */
    PUBLIC,
    /** Logged-in community members; visitors see nothing. */
    MEMBERS_ONLY,
    /**
     * The group's current members only: to everyone else it does not exist (not in lists,
     * search, counts, profiles, subgroup lists or notifications).
     */
    PRIVATE
}
