package org.thirdspace.forum;

/** Who may read a site-wide category (group forums follow their group's visibility instead). */
public enum CategoryVisibility {
    /** Everyone, also visitors who are not logged in. */
    PUBLIC,
    /** Logged-in members only. */
    MEMBERS
}
