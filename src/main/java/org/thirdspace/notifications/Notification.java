package org.thirdspace.notifications;

import java.time.Instant;

/**
 * One notification as its recipient sees it.
 *
 * @param message the text in the reader's language
 * @param link    the app-relative route of the item (e.g. {@code forum/topic/12#post-40}), never null
 */
public record Notification(long id, NotificationKind kind, String message, String link, Instant createdAt,
        boolean read) {
}
