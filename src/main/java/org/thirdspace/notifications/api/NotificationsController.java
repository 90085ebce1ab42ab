package org.thirdspace.notifications.api;

import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.thirdspace.notifications.Notification;
import org.thirdspace.notifications.NotificationPage;
import org.thirdspace.notifications.NotificationService;
import org.thirdspace.notifications.NotificationSettings;

/**
 * The current member's notifications ({@code /api/v1/notifications}) and delivery settings
 * ({@code /api/v1/me/notification-settings}).
 */
@RestController
class NotificationsController {

    /** The answer to mark-all-read: how many were marked, and the unread count after it (0). */
    record MarkedRead(int marked, long unread) {
    }

    private final NotificationService notifications;

    NotificationsController(NotificationService notifications) {
        this.notifications = notifications;
    }

    /** One page of the current member's notifications, newest first, with the unread count. */
    @GetMapping("/api/v1/notifications")
    NotificationPage mine(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return notifications.mine(page, size);
    }

    @PostMapping("/api/v1/notifications/{id}/read")
    Notification read(@PathVariable long id) {
        return notifications.markRead(id);
    }

    @PostMapping("/api/v1/notifications/read-all")
    MarkedRead readAll() {
        int marked = notifications.markAllRead();
        return new MarkedRead(marked, notifications.unreadCount());
    }

    /** Digest frequency and every kind's delivery (defaults filled in). */
    @GetMapping("/api/v1/me/notification-settings")
    NotificationSettings settings() {
        return notifications.settings();
    }

    /**
     * Changes the digest frequency (when given) and the kinds given; kinds left out keep their
     * delivery. Answers with the complete settings.
     */
    @PutMapping("/api/v1/me/notification-settings")
    NotificationSettings updateSettings(@RequestBody NotificationSettings update) {
        return notifications.updateSettings(update == null ? null
                : new NotificationSettings(update.digest(), update.kinds() == null ? Map.of() : update.kinds()));
    }
}
