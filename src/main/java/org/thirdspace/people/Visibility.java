package org.thirdspace.people;

/** Who may see a profile. */
public enum Visibility {
    /** Anyone, also visitors who are not logged in. */
    PUBLIC,
    /** Logged-in members only. */
    MEMBERS,
    /** Nobody but its owner, moderators and admins: never in the finder, counts or suggestions. */
    HIDDEN
}
