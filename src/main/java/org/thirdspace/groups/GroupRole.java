package org.thirdspace.groups;

/** A member's role in a group. Facilitators and co-facilitators manage it. */
public enum GroupRole {
    FACILITATOR,
    CO_FACILITATOR,
    MEMBER;

    public boolean manages() {
        return this != MEMBER;
    }
}
