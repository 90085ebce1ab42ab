package org.thirdspace.notifications.ui;

import java.util.Optional;
import org.thirdspace.notifications.NotificationService;
import org.thirdspace.security.CurrentUser;
import org.thirdspace.shell.HeaderExtension;

/** Puts the notifications bell into the shell's header for logged-in members. */
@org.springframework.stereotype.Component
class NotificationBellExtension implements HeaderExtension {

    private final NotificationService notifications;
    private final NotificationBroadcaster broadcaster;
    private final CurrentUser currentUser;

    NotificationBellExtension(NotificationService notifications, NotificationBroadcaster broadcaster,
            CurrentUser currentUser) {
        this.notifications = notifications;
        this.broadcaster = broadcaster;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> headerComponent() {
        return currentUser.id().map(id -> new NotificationBell(notifications, broadcaster, id));
    }
}
