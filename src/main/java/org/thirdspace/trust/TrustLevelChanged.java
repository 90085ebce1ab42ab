package org.thirdspace.trust;

/**
 * A member's trust level changed: promoted by activity ({@code lockedBy} null) or set by a
 * moderator's lock or unlock (their account id). Published in the changing transaction.
 */
public record TrustLevelChanged(long accountId, TrustLevel from, TrustLevel to, Long lockedBy) {

    public boolean promoted() {
        return to.compareTo(from) > 0;
    }
}
