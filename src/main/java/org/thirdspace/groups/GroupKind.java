package org.thirdspace.groups;

/** What a group is. A partnership is owned by two or more institutions. */
public enum GroupKind {
    PARTNERSHIP,
    NETWORK,
    PROJECT,
    COMMUNITY_OF_PRACTICE;

    /** Smallest number of owning institutions. */
    public int minimumOwners() {
        return this == PARTNERSHIP ? 2 : 1;
    }
}
