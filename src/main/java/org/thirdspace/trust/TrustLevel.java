package org.thirdspace.trust;

/** How far a member has earned the community's trust (0..4), like Discourse's trust levels. */
public enum TrustLevel {
    NEW, BASIC, MEMBER, REGULAR, LEADER;

    public boolean atLeast(TrustLevel other) {
        return compareTo(other) >= 0;
    }

    /** The next level up, or null for LEADER. */
    public TrustLevel next() {
        return this == LEADER ? null : values()[ordinal() + 1];
    }
}
