package org.thirdspace.notifications.ui;

import com.vaadin.flow.shared.Registration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.thirdspace.notifications.NotificationCreated;
import org.thirdspace.notifications.NotificationsRead;
import org.thirdspace.notifications.internal.UnreadCounts;

/**
 * Tells the open bells of an account (one per browser tab, on this app instance) its new unread
 * count after a notification is stored or read. Tabs served by other instances catch up when they
 * next navigate (the bell reads the count when it is attached).
 */
@Component
class NotificationBroadcaster {

    private static final Logger log = LoggerFactory.getLogger(NotificationBroadcaster.class);

    private final Map<Long, Set<LongConsumer>> bells = new ConcurrentHashMap<>();
    private final UnreadCounts unread;

    NotificationBroadcaster(UnreadCounts unread) {
        this.unread = unread;
    }

    /** Calls {@code onUnread} with the account's unread count whenever it changes, until removed. */
    Registration register(long accountId, LongConsumer onUnread) {
        bells.computeIfAbsent(accountId, id -> ConcurrentHashMap.newKeySet()).add(onUnread);
        return () -> bells.computeIfPresent(accountId, (id, set) -> {
            set.remove(onUnread);
            return set.isEmpty() ? null : set;
        });
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(NotificationCreated created) {
        publish(created.accountId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(NotificationsRead read) {
        publish(read.accountId());
    }

    private void publish(long accountId) {
        Set<LongConsumer> open = bells.get(accountId);
        if (open == null || open.isEmpty()) {
            return;
        }
        long count = unread.of(accountId);
        for (LongConsumer bell : open) {
            try {
                bell.accept(count);
            } catch (RuntimeException e) {
                log.debug("Could not update a notifications bell: {}", e.toString());
            }
        }
    }
}
