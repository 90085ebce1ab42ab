package org.thirdspace.notifications;

/** Some of an account's notifications were marked read (the live bell listens to it). */
public record NotificationsRead(long accountId) {
}
