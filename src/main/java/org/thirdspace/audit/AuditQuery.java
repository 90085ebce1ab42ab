package org.thirdspace.audit;

import java.time.Instant;

/**
 * Filters of the audit log; every one may be null (no filter). {@code text} matches the summary,
 * the actor's label and the before/after states (case-insensitive); {@code action} is an exact
 * code or a prefix ending in a dot ({@code moderation.}); {@code from} is inclusive, {@code to}
 * exclusive.
 */
public record AuditQuery(String text, String action, String targetType, Long actorAccountId, Instant from,
        Instant to) {

    public static AuditQuery any() {
        return new AuditQuery(null, null, null, null, null, null);
    }
}
