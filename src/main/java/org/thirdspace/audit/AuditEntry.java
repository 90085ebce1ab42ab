package org.thirdspace.audit;

import java.time.Instant;

import org.thirdspace.shared.ContentRef;

/** One line of the audit log as moderators see it. */
public record AuditEntry(long id, Instant occurredAt, Long actorAccountId, String actorLabel, String action,
        ContentRef target, String summary, String before, String after) {
}
