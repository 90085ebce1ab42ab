package org.thirdspace.notifications;

import java.util.List;

/** One page of the current member's notifications, newest first, with their unread count. */
public record NotificationPage(long total, int page, int size, long unread, List<Notification> items) {
}
