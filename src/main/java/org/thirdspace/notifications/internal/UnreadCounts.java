package org.thirdspace.notifications.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Unread counts by account id, for pushing to open browser tabs (no current user there). */
@Component
public class UnreadCounts {

    private final NotificationRepository notifications;

    UnreadCounts(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    @Transactional(readOnly = true)
    public long of(long accountId) {
        return notifications.countByAccountIdAndReadAtIsNull(accountId);
    }
}
