package org.thirdspace.moderation;

import java.time.Instant;

import org.thirdspace.shared.ContentRef;

/** A notice to an author about a moderation outcome for their content; {@code message} may be null. */
public record ModerationNotice(long id, ContentRef target, ModerationActionType outcome, boolean automatic,
        String message, String link, Instant createdAt) {
}
