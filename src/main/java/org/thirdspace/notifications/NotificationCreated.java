package org.thirdspace.notifications;

/**
 * A notification was stored for an account; email delivery and the live bell listen to it.
 *
 * @param delivery the recipient's choice for this kind at the time (never OFF: nothing is stored then)
 */
public record NotificationCreated(long notificationId, long accountId, NotificationKind kind, Delivery delivery) {
}
