package org.thirdspace.moderation;

import org.thirdspace.shared.ContentRef;

/**
 * Published (in the acting transaction) when the author of moderated content is told an outcome;
 * for notifications. {@code automatic}: hidden by trusted members' flags, not by a moderator.
 */
public record ModerationOutcome(long noticeId, ContentRef target, long authorPersonId, ModerationActionType outcome,
        boolean automatic, String message) {
}
