package org.thirdspace.trust;

/** How far the community trusts an account, from NEW (0) to LEADER (4). */
public enum TrustLevel {
    NEW, BASIC, MEMBER, REGULAR, LEADER;

    public boolean atLeast(TrustLevel other) {
        return compareTo(other) >= 0;
    }
}
