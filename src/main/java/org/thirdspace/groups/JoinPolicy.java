package org.thirdspace.groups;

/** How people become members (facilitators can always invite). */
public enum JoinPolicy {
    /** Members ask to join; a facilitator approves or declines. */
    REQUEST,
    /** Only by invitation of a facilitator. */
    INVITATION
}
